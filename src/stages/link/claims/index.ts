/**
 * link/claims: claims compared across the articles of a story (compare.ts) and the
 * loaded terms each outlet uses, side by side (framing.ts). Pure: the caller gives the
 * claims (with their storyId) and the texts.
 */
export { compareClaims, EVENT_GAP_DAYS, RUNNING_TOTAL_GAP_DAYS, RUNNING_TOTALS } from "./compare.js";
export { framingTerms, findFramingTerms, UNKNOWN_OUTLET } from "./framing.js";
export { FRAMING_LEXICON } from "./framing-lexicon.js";
export type { FramingReferent } from "./framing-lexicon.js";
export { ABOUT_SPAN, compareValues, NUMERIC_TOLERANCE, OPEN_BOUND_SPAN, valueLabel } from "./values.js";
export type { Relation } from "./values.js";
export type * from "./types.js";
