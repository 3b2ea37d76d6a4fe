import { describe, expect, it } from "vitest";
import { DuplicateIndex } from "./index.js";
import { estimateContainment, estimateJaccard, permutationSeeds, signature } from "./minhash.js";
import { normalisedWords, shingleHashes } from "./shingles.js";
import {
  HEADLINE_ONLY,
  LIGHTLY_REWORDED,
  OTHER_STRIKE,
  SHORTENED,
  WIRE_STORY,
  WITH_SITE_FURNITURE,
} from "./fixtures.js";

function indexWithWire(): DuplicateIndex {
  const index = new DuplicateIndex();
  index.add({ id: "wire", text: WIRE_STORY, published: "2024-02-15" });
  return index;
}

describe("DuplicateIndex: which variants of a wire story match it", () => {
  const rows: Array<{ name: string; text: string; matches: boolean; minSimilarity?: number }> = [
    { name: "exact copy", text: WIRE_STORY, matches: true, minSimilarity: 1 },
    { name: "copy with different quotes, case and spacing", text: WIRE_STORY.replace(/"/g, "“").toUpperCase().replace(/ /g, "  "), matches: true, minSimilarity: 1 },
    { name: "copy inside a site's own lines", text: WITH_SITE_FURNITURE, matches: true, minSimilarity: 0.85 },
    { name: "copy with a few words changed", text: LIGHTLY_REWORDED, matches: true, minSimilarity: 0.5 },
    { name: "shortened copy (first half)", text: SHORTENED, matches: true, minSimilarity: 0.8 },
    { name: "another strike at the same port, shared vocabulary", text: OTHER_STRIKE, matches: false },
    { name: "headline only", text: HEADLINE_ONLY, matches: false },
    { name: "empty text", text: "", matches: false },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const result = indexWithWire().add({ id: "new", text: row.text, published: "2024-02-16" });
      const ids = result.similarTo.map((m) => m.id);
      if (!row.matches) {
        expect(ids).toEqual([]);
        expect(result.groupId).toBe("dup:new");
        return;
      }
      expect(ids).toEqual(["wire"]);
      expect(result.groupId).toBe("dup:wire");
      expect(result.similarTo[0]!.similarity).toBeGreaterThanOrEqual(row.minSimilarity!);
    });
  }
});

describe("DuplicateIndex: groups", () => {
  it("names the earliest and the fullest member", () => {
    const index = new DuplicateIndex();
    index.add({ id: "short", text: SHORTENED, published: "2024-02-16" });
    index.add({ id: "wire", text: WIRE_STORY, published: "2024-02-15T09:00:00Z" });
    index.add({ id: "undated", text: LIGHTLY_REWORDED, published: null });
    index.add({ id: "other", text: OTHER_STRIKE, published: "2025-04-01" });
    const groups = index.groups();
    expect(groups).toHaveLength(1);
    const group = groups[0]!;
    expect(group.id).toBe("dup:short");
    expect(group.members.map((m) => m.id)).toEqual(["short", "wire", "undated"]);
    expect(group.earliestId).toBe("wire");
    expect(group.fullestId).toBe("wire");
    expect(group.members[0]!.matchedId).toBeNull();
    expect(index.groups({ includeSingletons: true }).map((g) => g.id)).toEqual(["dup:short", "dup:other"]);
  });

  it("never groups empty texts (pages whose body was not found)", () => {
    const index = new DuplicateIndex();
    index.add({ id: "a", text: "", published: null });
    expect(index.add({ id: "b", text: " \n ", published: null }).similarTo).toEqual([]);
  });

  it("reports an exact copy as exact and re-adding an id changes nothing", () => {
    const index = indexWithWire();
    expect(index.add({ id: "copy", text: WIRE_STORY, published: null }).exact).toBe(true);
    expect(index.add({ id: "copy", text: OTHER_STRIKE, published: null }).groupId).toBe("dup:wire");
    expect(index.size).toBe(2);
  });

  it("survives a round trip through JSON", () => {
    const index = indexWithWire();
    index.add({ id: "short", text: SHORTENED, published: null });
    const restored = DuplicateIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.groups()).toEqual(index.groups());
    expect(restored.add({ id: "reworded", text: LIGHTLY_REWORDED, published: null }).groupId).toBe("dup:wire");
  });

  it("refuses bad options and foreign state with a clear message", () => {
    expect(() => new DuplicateIndex({ bandRows: 0 })).toThrow(/bandRows must be a positive integer, found 0/);
    expect(() => new DuplicateIndex({ jaccardThreshold: 1.5 })).toThrow(/jaccardThreshold must be in \(0, 1\]/);
    const state = { ...indexWithWire().toJSON(), version: 99 };
    expect(() => DuplicateIndex.fromJSON(state)).toThrow(/expected state version 1, found 99/);
  });
});

describe("DuplicateIndex: the work per article stays bounded", () => {
  it("verifies at most maxCandidates stored articles, however many copies are stored", () => {
    const index = new DuplicateIndex({ maxCandidates: 30, maxBucketMembers: 10 });
    let last = { compared: 0, similarTo: [] as unknown[] };
    for (let i = 0; i < 300; i++) {
      last = index.add({ id: `copy-${i}`, text: `${WIRE_STORY}\nCorrection ${i}.`, published: null });
    }
    expect(last.compared).toBeLessThanOrEqual(30);
    expect(last.similarTo.length).toBeGreaterThan(0);
  });
});

describe("MinHash estimates", () => {
  const seeds = permutationSeeds(128, 1);
  const sketch = (text: string) => {
    const shingles = shingleHashes(normalisedWords(text), 3);
    return { values: signature(shingles, seeds), size: shingles.length };
  };
  it("estimates Jaccard within a few hundredths of the exact value", () => {
    const a = shingleHashes(normalisedWords(WIRE_STORY), 3);
    const b = shingleHashes(normalisedWords(LIGHTLY_REWORDED), 3);
    const setB = new Set(b);
    const common = [...a].filter((h) => setB.has(h)).length;
    const exact = common / (a.length + b.length - common);
    const estimate = estimateJaccard(signature(a, seeds), signature(b, seeds));
    expect(Math.abs(estimate - exact)).toBeLessThan(0.1);
  });
  it("estimates a cut-down copy as fully contained", () => {
    const full = sketch(WIRE_STORY);
    const short = sketch(SHORTENED);
    const jaccard = estimateJaccard(full.values, short.values);
    expect(jaccard).toBeLessThan(0.8);
    expect(estimateContainment(full.values, full.size, short.values, short.size)).toBe(1);
  });
});
