import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dossier } from "../../dossier.js";

// Two outlets of our own, telling one round of talks with different truce lengths.
const NILE = [
  "Mediators propose longer truce in Cairo talks",
  "",
  "Egyptian mediators proposed a 42-day truce to the delegations meeting in Cairo on Monday, an Egyptian source told Nile Wire.",
  "The delegations met for four hours in Cairo and agreed to meet again on Tuesday to discuss the truce and the release of detainees.",
].join("\n");
const LEVANT = [
  "Cairo talks weigh truce extension",
  "",
  "Egyptian mediators proposed a 60-day truce to the delegations meeting in Cairo on Monday, a Palestinian official told Levant Daily.",
  "The delegations met in Cairo for several hours and will meet again on Tuesday to discuss the truce and the release of detainees.",
].join("\n");

describe("a story's summary flags what outlets dispute", () => {
  let dossier: Dossier;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dossier-disputes-"));
    writeFileSync(path.join(dir, "nile.txt"), NILE);
    writeFileSync(path.join(dir, "levant.txt"), LEVANT);
    dossier = await Dossier.open({ dataDir: mkdtempSync(path.join(tmpdir(), "dossier-disputes-data-")), databaseUrl: "" });
    await dossier.ingest([path.join(dir, "nile.txt")], { read: { supplied: { published: "2025-03-03", outlet: "Nile Wire" } } });
    await dossier.ingest([path.join(dir, "levant.txt")], { read: { supplied: { published: "2025-03-03", outlet: "Levant Daily" } } });
  });
  afterAll(async () => dossier?.close());

  it("groups the two truce lengths as a conflict, with each outlet on its side", async () => {
    const [story] = await dossier.stories();
    expect(story!.articleIds).toHaveLength(2);
    const conflicts = await dossier.claims({ story: story!.id, conflicts: true });
    const truce = conflicts.find((g) => g.slot === "truce-days")!;
    expect(truce.sides.map((s) => s.label).sort()).toEqual(["42 days", "60 days"]);
    expect(truce.sides.flatMap((s) => s.sources.map((src) => src.outlet)).sort()).toEqual(["Levant Daily", "Nile Wire"]);
  });

  it("marks the summary sentences that carry a disputed figure", async () => {
    const [story] = await dossier.stories();
    const { sentences } = await dossier.storySummary(story!.id);
    const disputed = sentences.filter((s) => s.disputed.length > 0);
    expect(disputed.length).toBeGreaterThan(0);
    for (const s of disputed) {
      expect(s.text).toMatch(/(42|60)-day truce/);
      expect(s.disputed.join(" ")).toMatch(/truce-days: .*42 days.*60 days|truce-days: .*60 days.*42 days/);
    }
    expect(sentences.filter((s) => !/truce to the delegations/.test(s.text)).every((s) => s.disputed.length === 0)).toBe(true);
  });
});
