/**
 * One line on its own: is it boilerplate, and by which rule? The context rules (a
 * headline after "Next Article", the fields of a comment form) are in context.ts.
 */
import type { Verdict } from "./lines.js";
import { countWords } from "./lines.js";
import type { LineRule } from "./patterns.js";
import { LINE_RULES, SEGMENT_SEPARATOR, trimLabel } from "./patterns.js";

/** The first rule whose pattern matches the whole segment within its word bound. */
export function matchRule(segment: string, rules: readonly LineRule[] = LINE_RULES): LineRule | null {
  const label = trimLabel(segment);
  if (label === "") return null;
  const words = countWords(label);
  for (const rule of rules) {
    if (words <= rule.maxWords && rule.pattern.test(label)) return rule;
  }
  return null;
}

/**
 * Classifies a line by the single-line rules: first as a whole, then as a sequence of
 * segments that must *all* be boilerplate ("Your email address will not be published.
 * Required fields are marked *", "Share | Tweet | Email"). A line with one prose
 * segment is kept whole: a paragraph is never cut.
 *
 * @example classifyLine("Listen to this article") // { reason: "summary-prompt", rule: "listen" }
 */
export function classifyLine(line: string, rules: readonly LineRule[] = LINE_RULES): Verdict | null {
  const text = line.trim();
  if (text === "") return null;
  const whole = matchRule(text, rules);
  if (whole) return { reason: whole.reason, rule: whole.name };
  const segments = text.split(SEGMENT_SEPARATOR).filter((segment) => segment.trim() !== "");
  if (segments.length < 2) return null;
  const matched: LineRule[] = [];
  for (const segment of segments) {
    const rule = matchRule(segment, rules);
    if (!rule) return null;
    matched.push(rule);
  }
  const first = matched[0];
  return first ? { reason: first.reason, rule: matched.map((rule) => rule.name).join("+") } : null;
}
