/**
 * The seed articles (../shared/seeds, not part of the repository) cleaned with the
 * general rules. The assertions are computed from the rules and from paragraph lengths
 * (see invariants.ts): no seed text is copied here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractPlainText } from "./index.js";
import { checkCleaning } from "./invariants.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const seedDir = path.resolve(repoRoot, "../shared/seeds");
const present = existsSync(seedDir);
if (!present) console.warn(`seed tests skipped: ${seedDir} not found (it sits beside the repository on development machines)`);

describe.skipIf(!present)("extractPlainText on the seed articles", () => {
  const files = present ? readdirSync(seedDir).filter((name) => name.endsWith(".txt")).sort() : [];

  it("finds the seeds", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s: content kept whole, boilerplate by shape gone", (name) => {
    const original = readFileSync(path.join(seedDir, name), "utf8");
    const result = extractPlainText(original, { format: "text" });
    expect(checkCleaning(original, result)).toEqual([]);
  });
});
