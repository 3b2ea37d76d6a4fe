/**
 * Recognition rules: each is a regular expression built from the word lists and a
 * function reading the match into a TimeSpec (or refusing it after a context check).
 * Spans follow TimeML: prepositions stay out ("on Wednesday" -> "Wednesday"), while
 * determiners and modifiers that are part of the phrase stay in ("the third quarter",
 * "nearly two years", "early next week").
 *
 * The order of the list is the tie-break between two rules matching the same span;
 * between overlapping spans the longer wins (see recognize.ts).
 */
import { calendarRules, quarterRules, yearRules } from "./rules-dates.js";
import { clockRules, durationRules, referenceRules, setRules } from "./rules-measures.js";
import { dayRules, shiftRules } from "./rules-relative.js";
import type { Rule } from "./rule-kit.js";

export type { Rule, RuleContext, RuleMatch } from "./rule-kit.js";

/**
 * Every rule, in tie-break order: written-out dates first, then quarters and relative
 * periods, then shifts, sets and durations, then the lexical references.
 */
export const RULES: readonly Rule[] = [
  ...calendarRules, ...yearRules, ...quarterRules, ...dayRules, ...shiftRules, ...setRules, ...durationRules,
  ...referenceRules, ...clockRules,
];
