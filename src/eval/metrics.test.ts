import { describe, expect, it } from "vitest";
import { bcubed } from "./metrics.js";

describe("bcubed", () => {
  it("is 1 for identical clusterings", () => {
    const gold = new Map([["a", "1"], ["b", "1"], ["c", "2"]]);
    expect(bcubed(gold, new Map([["a", "x"], ["b", "x"], ["c", "y"]])).f1).toBe(1);
  });
  it("penalises a merge in precision and a split in recall", () => {
    const gold = new Map([["a", "1"], ["b", "1"], ["c", "2"], ["d", "2"]]);
    const merged = bcubed(gold, new Map([["a", "x"], ["b", "x"], ["c", "x"], ["d", "x"]]));
    expect(merged.recall).toBe(1);
    expect(merged.precision).toBe(0.5);
    const split = bcubed(gold, new Map([["a", "1"], ["b", "2"], ["c", "3"], ["d", "4"]]));
    expect(split.precision).toBe(1);
    expect(split.recall).toBe(0.5);
  });
});
