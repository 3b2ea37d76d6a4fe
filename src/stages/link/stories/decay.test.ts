import { describe, expect, it } from "vitest";
import { decay } from "./decay.js";
import { DEFAULT_STORY_OPTIONS } from "./options.js";

const options = { graceDays: 7, halfLifeDays: 30, floor: 0.25, undated: 0.85 };

describe("time decay", () => {
  it("costs nothing within the grace period, halves every half-life after it, and stops at the floor", () => {
    expect(decay("2024-03-01", "2024-03-08", options)).toBe(1);
    expect(decay("2024-03-01", "2024-04-07", options)).toBeCloseTo(0.5, 5);
    expect(decay("2024-03-01", "2025-03-01", options)).toBe(0.25);
  });

  it("judges two undated articles on content alone, but discounts an undated one against a dated one", () => {
    expect(decay(null, null, options)).toBe(1);
    expect(decay(null, "2024-03-01", options)).toBe(0.85);
    expect(decay("2024-03-01", null, options)).toBe(0.85);
  });

  it("ships a discount between none and the floor", () => {
    expect(DEFAULT_STORY_OPTIONS.undatedDecay).toBeGreaterThan(DEFAULT_STORY_OPTIONS.decayFloor);
    expect(DEFAULT_STORY_OPTIONS.undatedDecay).toBeLessThan(1);
  });
});
