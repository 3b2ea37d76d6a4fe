import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../sentences.js";
import { boundPublicationDate } from "./index.js";

const rows: Array<{ text: string; earliest: string | null; latest: string | null }> = [
  { text: "The truce ended on December 1. Talks resumed on Wednesday.", earliest: "XXXX-12-01", latest: null },
  { text: "The truce ended on December 1, 2023. Talks resumed on Wednesday.", earliest: "2023-12-01", latest: null },
  // A stated year lends itself to the dates without one.
  { text: "Fighting broke out in 2023. The truce ended on December 1.", earliest: "2023-12-01", latest: null },
  { text: "The first round was held in October. A second one will open on January 8, 2024.", earliest: "XXXX-10-01", latest: "2024-01-08" },
  { text: "A pause held until the end of November, the agency said.", earliest: "XXXX-11-21", latest: null },
  { text: "Leaders will meet in March 2024 to sign.", earliest: null, latest: "2024-03-31" },
  { text: "Nothing here is dated.", earliest: null, latest: null },
];

describe("boundPublicationDate", () => {
  it.each(rows)("$text", ({ text, earliest, latest }) => {
    const bounds = boundPublicationDate(text, splitSentences(text));
    expect(bounds.earliest).toBe(earliest);
    expect(bounds.latest).toBe(latest);
    expect(bounds.evidence.length).toBe((earliest === null ? 0 : 1) + (latest === null ? 0 : 1));
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const seeds = path.resolve(repoRoot, "../shared/seeds");

describe.skipIf(!existsSync(seeds))("boundPublicationDate on the seed articles (../shared/seeds)", () => {
  it("gives well-formed bounds, with evidence, and a lower bound for some article", () => {
    let lowerBounds = 0;
    for (const file of readdirSync(seeds)) {
      const text = readFileSync(path.join(seeds, file), "utf8");
      const bounds = boundPublicationDate(text, splitSentences(text));
      for (const bound of [bounds.earliest, bounds.latest]) {
        if (bound !== null) expect(bound).toMatch(/^(?:\d{4}|XXXX)-\d{2}-\d{2}$/);
      }
      if (bounds.earliest !== null) lowerBounds++;
      expect(bounds.evidence.length).toBe((bounds.earliest === null ? 0 : 1) + (bounds.latest === null ? 0 : 1));
    }
    expect(lowerBounds).toBeGreaterThan(0);
  });
});
