/**
 * The pieces every recognition rule is made of: the Rule record, shared regular
 * expression fragments, and the small readers that turn matched words into fields.
 * Used by the rules-*.ts modules; the list of rules itself is in rules.ts.
 */
import { AMBIGUOUS_MONTHS, MONTHS, PARTS_OF_DAY, PERIOD_PARTS, RELATIONS, UNITS, WEEKDAYS } from "./patterns.js";
import type { Part, Relation } from "./patterns.js";
import { alt, MONTH_ANY, normalizeWords, parseYear, WEEKDAY } from "./fragments.js";
import type { Anchor, CalendarUnit, Clock, TimeSpec } from "./spec.js";

export interface RuleMatch {
  spec: TimeSpec;
  /** Narrower span than the whole match, when part of the match is context only. */
  start?: number;
  end?: number;
}

export interface RuleContext {
  text: string;
  match: RegExpExecArray;
  groups: Record<string, string | undefined>;
  start: number;
  end: number;
}

export interface Rule {
  name: string;
  pattern: RegExp;
  build(context: RuleContext): RuleMatch | null;
}

export const PART = "early|late|mid-?|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+end\\s+of|beginning\\s+of|end\\s+of|the\\s+early|the\\s+late|the\\s+mid-?";
export const RELATION = alt(Object.keys(RELATIONS)) + "|the\\s+last";
export const POD = "morning|afternoon|evening|night";
export const MONTH = `(?<month>${MONTH_ANY})\\.?`;
export const DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
export const WEEKDAY_PREFIX = `(?:(?<weekday>${WEEKDAY}),?\\s+)?`;

/** Words before a bare "May" that show the month, not the modal verb ("in May", "last May"). */
export const MAY_PRECEDERS = new Set([
  "in", "since", "until", "till", "by", "from", "through", "of", "during", "early", "late", "mid", "last", "this",
  "next", "before", "after", "between", "and", "to", "or", "coming", "past", "end", "beginning", "middle",
]);

export function rule(name: string, source: string, build: Rule["build"]): Rule {
  return { name, pattern: new RegExp(source, "giu"), build };
}

export function part(raw: string | undefined): Part | undefined {
  if (raw === undefined) return undefined;
  return PERIOD_PARTS[normalizeWords(raw)] ?? (normalizeWords(raw).startsWith("mid") ? "MID" : undefined);
}

export function relation(raw: string | undefined): Relation | undefined {
  if (raw === undefined) return undefined;
  const key = normalizeWords(raw);
  return key === "the last" ? "last" : RELATIONS[key];
}

export function offsetOf(rel: Relation | undefined): number {
  return rel === "last" ? -1 : rel === "next" ? 1 : 0;
}

export function month(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : MONTHS[raw.toLowerCase().replace(/\.$/, "")];
}

export function weekday(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : WEEKDAYS[raw.toLowerCase()];
}

export function year(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  return parseYear(raw) ?? undefined;
}

/** Month words that are also common words must be capitalised ("may", "march"). */
export function monthWordOk(context: RuleContext): boolean {
  const raw = context.groups.month;
  if (raw === undefined) return true;
  const key = raw.toLowerCase().replace(/\.$/, "");
  if (!AMBIGUOUS_MONTHS.has(key)) return true;
  return /^\p{Lu}/u.test(raw);
}

export function wordBefore(text: string, index: number): string {
  const match = /([\p{L}]+)\.?[\s-]*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return match ? match[1]!.toLowerCase() : "";
}

export function textAfter(text: string, index: number, length = 30): string {
  return text.slice(index, index + length);
}

export function dateSpec(anchor: Anchor, extra: { part?: Part | undefined; clock?: Clock | undefined } = {}): TimeSpec {
  const spec: TimeSpec = { kind: "date", anchor };
  if (extra.part !== undefined) spec.part = extra.part;
  if (extra.clock !== undefined) spec.clock = extra.clock;
  return spec;
}

export function partOfDay(raw: string | undefined): Clock | undefined {
  if (raw === undefined) return undefined;
  const code = PARTS_OF_DAY[normalizeWords(raw).replace(/s$/, "")];
  return code === undefined ? undefined : { kind: "partOfDay", code };
}

export function calendarUnit(raw: string): CalendarUnit {
  const key = normalizeWords(raw).replace(/^fiscal /, "");
  const unit = UNITS[key];
  if (key === "weekend") return "weekend";
  if (unit === "decade" || unit === "century" || unit === "week" || unit === "month" || unit === "quarter" || unit === "year") return unit;
  return "day";
}
