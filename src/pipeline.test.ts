/**
 * Ingest gives the same report and the same stored records whether extract + analyze
 * run in worker threads (the compiled worker in dist/, built by `npm test` first) or
 * in this thread, including the cases the batches in flight make delicate: a copy of
 * a document still being processed, a copy of one that failed, a copy within a batch.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "./pipeline.js";
import type { IngestOptions, IngestReport } from "./pipeline.js";
import { DossierStore } from "./store/index.js";
import { repoRoot, testDrivers } from "./test-helpers/drivers.js";
import { distWorker } from "./test-helpers/workers.js";

/** Documents per batch in these runs: small, so that a few files make several batches. */
const BATCH = 3;
const NAV_ONLY = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>";

/**
 * Files in reading order (names sort as listed), three documents per batch. While a
 * batch is submitted, the two before it are still in flight (pipeline.ts).
 */
function corpus(): string {
  const examplesDir = path.join(repoRoot, "examples", "articles");
  const examples = readdirSync(examplesDir).sort().map((name) => ({ name, content: readFileSync(path.join(examplesDir, name)) }));
  const [e1, e2, e3, e4, e5, e6, e7, ...rest] = examples;
  const files = [
    e1, e2, e3, // batch 1
    e4, { name: "nav-only.html", content: NAV_ONLY }, e5, // batch 2
    { name: "copy-of-e4", content: e4!.content }, { name: "nav-only-copy.html", content: NAV_ONLY }, e6, // batch 3: copies of batch 2, in flight
    { name: "empty.txt", content: "" }, // a read failure
    e7, { name: "copy-of-e7", content: e7!.content }, { name: "copy-of-e1", content: e1!.content }, // batch 4: a copy in the batch, a copy of a stored one
    ...rest,
  ];
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-pipeline-"));
  files.forEach((file, i) => writeFileSync(path.join(dir, `${String(i).padStart(2, "0")}-${file!.name}`), file!.content));
  return dir;
}

async function run(dir: string, options: IngestOptions): Promise<{ report: Omit<IngestReport, "seconds">; records: unknown[] }> {
  const [driver] = testDrivers;
  const { options: storeOptions, cleanup } = await driver!.create();
  const store = await DossierStore.open(storeOptions);
  try {
    const { seconds: _seconds, ...report } = await ingest([dir], store, { batchSize: BATCH, ...options });
    const records = [];
    for (const id of report.stored) {
      const { ingestedAt: _ingestedAt, ...stored } = await store.getArticle(id);
      records.push(stored);
    }
    return { report, records };
  } finally {
    await store.close();
    await cleanup();
  }
}

describe.skipIf(!existsSync(distWorker))("ingest with worker threads", () => {
  it("reports and stores exactly what ingest in this thread does", async () => {
    const dir = corpus();
    const here = await run(dir, { workers: 0 });
    const inWorkers = await run(dir, { workers: 2, workerScript: distWorker });
    expect(inWorkers).toEqual(here);
    expect(here.report.duplicates.map((d) => path.basename(d.origin.location))).toEqual(["06-copy-of-e4", "11-copy-of-e7", "12-copy-of-e1"]);
    expect(here.report.failures.map((f) => `${path.basename(f.origin.location)} ${f.stage}`)).toEqual([
      "04-nav-only.html extract",
      "07-nav-only-copy.html extract",
      "09-empty.txt read",
    ]);
    expect(here.report.stored.length).toBe(here.report.read - 6);
  });
});
