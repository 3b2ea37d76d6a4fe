/**
 * Whether two claim values are the same, compatible or in conflict. Figures become
 * intervals from their qualifier ("over 20,000" is (20,000, 25,000]; "about 200" is
 * [180, 220]); two intervals that overlap can both be true.
 */
import type { ClaimValue, NumberValue, Stance } from "../../analyze/claims/types.js";

export type Relation = "same" | "compatible" | "conflict";

/**
 * 0.1: "about", "around", "some" stay within one rounding step of the figure: "about
 * 200" is said of 180 to 220, not of 150.
 */
export const ABOUT_SPAN = 0.1;

/**
 * 0.25: an open bound ("over 20,000", "fewer than 100", "as many as 200") is written with
 * the nearest round figure below or above the real one, so the real one is rarely a
 * quarter away: "over 20,000" is not said of 30,000, "as many as 200" not of 50.
 */
export const OPEN_BOUND_SPAN = 0.25;

/**
 * 0.05: two exact figures, one of them round, that differ by 5% or less are the same
 * count rounded ("20,000" vs "20,057", "28,000" vs "28,340"): rounding to two
 * significant figures moves a figure by at most 5%. Two figures neither of which is
 * round (42 vs 44) are different counts however close.
 */
export const NUMERIC_TOLERANCE = 0.05;

interface Interval {
  lo: number;
  hi: number;
}

export function intervalOf(v: NumberValue): Interval {
  const x = v.value;
  switch (v.qualifier) {
    case "exact":
      return { lo: x, hi: x };
    case "about":
      return { lo: x * (1 - ABOUT_SPAN), hi: x * (1 + ABOUT_SPAN) };
    case "more-than":
    case "at-least":
      return { lo: x, hi: x * (1 + OPEN_BOUND_SPAN) };
    case "less-than":
    case "at-most":
      return { lo: x * (1 - OPEN_BOUND_SPAN), hi: x };
    case "nearly":
      return { lo: x * (1 - ABOUT_SPAN), hi: x };
    case "range":
      return { lo: x, hi: v.upper ?? x };
  }
}

/** A figure written to a round precision: 20,000, 2,300,000, 150 (two trailing zeros, or one for figures under 1,000). */
export function isRound(x: number): boolean {
  if (x >= 1000) return x % 100 === 0;
  return x >= 100 && x % 10 === 0;
}

function compareNumbers(a: NumberValue, b: NumberValue, tolerance: number): Relation {
  if (a.value === b.value && a.qualifier === b.qualifier && a.upper === b.upper) return "same";
  if (a.qualifier === "exact" && b.qualifier === "exact") {
    const close = Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= tolerance;
    return close && (isRound(a.value) || isRound(b.value)) ? "compatible" : "conflict";
  }
  const x = intervalOf(a);
  const y = intervalOf(b);
  return x.lo <= y.hi && y.lo <= x.hi ? "compatible" : "conflict";
}

/** A demand and an acceptance can stand together; a rejection cannot stand with either. */
function compareStances(a: Stance, b: Stance): Relation {
  if (a === b) return "same";
  return a === "rejects" || b === "rejects" ? "conflict" : "compatible";
}

export function compareValues(a: ClaimValue, b: ClaimValue, tolerance = NUMERIC_TOLERANCE): Relation {
  if (a.type === "number" && b.type === "number") return compareNumbers(a, b, tolerance);
  if (a.type === "vote" && b.type === "vote") {
    if (a.for !== b.for || a.against !== b.against) return "conflict";
    if (a.abstain === b.abstain) return "same";
    return a.abstain === null || b.abstain === null ? "compatible" : "conflict";
  }
  if (a.type === "label" && b.type === "label") return a.label === b.label ? "same" : "conflict";
  if (a.type === "stance" && b.type === "stance") return compareStances(a.stance, b.stance);
  if (a.type === "text" && b.type === "text") return a.text === b.text ? "same" : "compatible";
  return "conflict";
}

/** A key equal for values that are the same. */
export function valueIdentity(v: ClaimValue): string {
  switch (v.type) {
    case "number":
      return `n:${v.qualifier}:${v.value}:${v.upper ?? ""}`;
    case "vote":
      return `v:${v.for}:${v.against}:${v.abstain ?? "?"}`;
    case "label":
      return `l:${v.label}`;
    case "stance":
      return `s:${v.stance}`;
    case "text":
      return `t:${v.text}`;
  }
}

const QUALIFIER_WORDS: Record<NumberValue["qualifier"], string> = {
  exact: "", about: "about ", "more-than": "more than ", "at-least": "at least ", "less-than": "fewer than ", "at-most": "up to ",
  nearly: "nearly ", range: "",
};

/** The value as a short phrase; `unit` is added to figures ("42 days"). */
export function valueLabel(v: ClaimValue, unit = ""): string {
  const u = unit ? ` ${unit}` : "";
  switch (v.type) {
    case "number":
      if (v.qualifier === "range") return `${v.value.toLocaleString("en-US")}-${(v.upper ?? v.value).toLocaleString("en-US")}${u}`;
      return `${QUALIFIER_WORDS[v.qualifier]}${v.value.toLocaleString("en-US")}${u}`;
    case "vote":
      return `${v.for}-${v.against}${v.abstain === null ? "" : `, ${v.abstain} abstention${v.abstain === 1 ? "" : "s"}`}`;
    case "label":
      return v.label;
    case "stance":
      return v.stance;
    case "text":
      return `“${v.text}”`;
  }
}
