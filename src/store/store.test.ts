import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest, reanalyze } from "../pipeline.js";
import { testDrivers } from "../test-helpers/drivers.js";
import { ArticleNotFoundError, DataFolderBusyError, DossierStore } from "./index.js";
import type { DatabaseOptions } from "./index.js";

const ARTICLE_A = [
  "Envoys Return to Cairo",
  "",
  "Egyptian mediators hosted a new round of talks in Cairo on Monday, officials said.",
  "The delegations discussed a phased truce and the exchange of detainees.",
].join("\n");
const ARTICLE_B = "Aid convoys crossed into the territory on Tuesday after a week of delays, a relief agency said.";

function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-corpus-"));
  writeFileSync(path.join(dir, "a.txt"), ARTICLE_A);
  writeFileSync(path.join(dir, "b.txt"), ARTICLE_B);
  writeFileSync(path.join(dir, "feed.jsonl"), JSON.stringify({ text: "A third report on the talks in Cairo said progress was slow on Wednesday.", outlet: "Nile Wire", published: "2024-03-06" }) + "\n{broken\n");
  return dir;
}

describe.each(testDrivers)("store on $name", (driver) => {
  let options: DatabaseOptions;
  let cleanup: () => Promise<void>;
  let store: DossierStore;

  beforeEach(async () => {
    ({ options, cleanup } = await driver.create());
    store = await DossierStore.open(options);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it("stores articles with their analysis and reports broken inputs", async () => {
    const report = await ingest([corpus()], store);
    expect(report.stored).toHaveLength(3);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]!.origin.line).toBe(2);
    expect(await store.countArticles()).toBe(3);

    const rows = await store.listArticles();
    const fromFeed = rows.find((r) => r.outlet === "Nile Wire")!;
    expect(fromFeed.published).toBe("2024-03-06");
    expect(fromFeed.publishedSource).toBe("feed");
    expect(fromFeed.origin.line).toBe(1);

    const stored = await store.getArticle(fromFeed.id.slice(0, 6));
    expect(stored.article.id).toBe(fromFeed.id);
    expect(stored.analysis!.sentences.length).toBeGreaterThan(0);
  });

  it("adds nothing when the same content is ingested again", async () => {
    const dir = corpus();
    await ingest([dir], store);
    const again = await ingest([dir], store);
    expect(again.stored).toHaveLength(0);
    expect(again.duplicates).toHaveLength(3);
    expect(await store.countArticles()).toBe(3);
  });

  it("keeps the raw bytes and re-analyses from them", async () => {
    await ingest([corpus()], store);
    const [first] = await store.articleIds({ limit: 1 });
    const input = await store.getInput(first!);
    expect(input!.raw.length).toBeGreaterThan(0);
    const before = await store.getArticle(first!);
    const report = await reanalyze(store);
    expect(report.articles).toBe(3);
    expect(report.failures).toEqual([]);
    const after = await store.getArticle(first!);
    expect(after.article.text).toBe(before.article.text);
    expect(after.article.published).toEqual(before.article.published);
  });

  it("reads many articles with the whole analysis or only the parts asked for", async () => {
    await ingest([corpus()], store);
    const ids = await store.articleIds({ limit: 10 });
    const whole = await store.articlesWithAnalyses(ids);
    expect(whole.map((r) => r.article.id).sort()).toEqual([...ids].sort());
    const one = await store.getArticle(ids[0]!);
    expect(whole.find((r) => r.article.id === ids[0])).toEqual({ article: one.article, analysis: one.analysis });

    const parts = await store.articlesWithAnalyses(ids, ["mentions", "events"]);
    const cairo = parts.find((r) => r.article.text.includes("Egyptian mediators"))!;
    expect(Object.keys(cairo.analysis).sort()).toEqual(["articleId", "events", "mentions", "version"]);
    expect(cairo.analysis.mentions.map((m) => m.text)).toContain("Cairo");
    expect(cairo.article).toEqual(whole.find((r) => r.article.id === cairo.article.id)!.article);
  });

  it("says clearly when an id is unknown or ambiguous", async () => {
    await expect(store.getArticle("ffffffffffff")).rejects.toBeInstanceOf(ArticleNotFoundError);
    await expect(store.getArticle("not an id")).rejects.toThrow(/no article with id/);
  });
});

describe("the embedded store's folder lock", () => {
  it("gives a second opener of the same folder a clear error, and frees the folder on close", async () => {
    const [pglite] = testDrivers;
    const { options, cleanup } = await pglite!.create();
    const first = await DossierStore.open(options);
    await expect(DossierStore.open(options)).rejects.toBeInstanceOf(DataFolderBusyError);
    await expect(DossierStore.open(options)).rejects.toThrow(/in use by process/);
    await first.close();
    const second = await DossierStore.open(options);
    await second.close();
    await cleanup();
  });
});
