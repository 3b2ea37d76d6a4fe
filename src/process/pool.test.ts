/**
 * The worker path gives what this thread gives: the compiled worker (dist/, built by
 * `npm test` first) against processDocument run here, on the example articles and on
 * documents that fail.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "../stages/read/index.js";
import type { RawDocument } from "../stages/read/types.js";
import { repoRoot } from "../test-helpers/drivers.js";
import { distWorker } from "../test-helpers/workers.js";
import { processDocument } from "./document.js";
import { compiledWorkerScript, inThreadProcessor, startProcessor } from "./pool.js";

function document(content: string, format: RawDocument["format"], location: string): RawDocument {
  return { origin: { kind: "file", location }, raw: new TextEncoder().encode(content), encoding: "utf-8", content, format, supplied: {} };
}

async function exampleDocuments(): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for await (const result of readInputs([path.join(repoRoot, "examples", "articles")])) if (result.ok) documents.push(result.document);
  return documents;
}

describe("the process pool", () => {
  it("runs in this thread where no compiled worker sits beside it (sources under vitest)", () => {
    expect(compiledWorkerScript()).toBeNull();
    expect(startProcessor(2)).toBe(inThreadProcessor);
    expect(startProcessor(0, distWorker)).toBe(inThreadProcessor);
  });

  it.skipIf(!existsSync(distWorker))("gives in workers exactly what this thread gives, failures included", async () => {
    const documents = [
      ...(await exampleDocuments()),
      document("<html><body><nav><a href='/'>Home</a></nav></body></html>", "html", "/nav-only.html"),
      document("Short.", "text", "/short.txt"),
    ];
    expect(documents.length).toBeGreaterThan(10);
    const pool = startProcessor(2, distWorker);
    expect(pool).not.toBe(inThreadProcessor);
    try {
      const fromWorkers = await Promise.all(documents.map((d) => pool.process(d)));
      expect(fromWorkers).toEqual(documents.map((d) => processDocument(d)));
      expect(fromWorkers.some((outcome) => !outcome.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
