/**
 * What the recogniser reads in an expression, before any resolution: the fields the
 * text states, and the relations it leaves to resolve against the publication date and
 * the tense ("Wednesday", "last week", "two years ago"). rules.ts builds these;
 * resolve.ts turns them into TimeExpression values.
 */
import type { Part, PartOfDay, Reference, Relation, Season, Unit } from "./patterns.js";

/** A clock time or a part of the day, attached to a day ("10 p.m. Wednesday", "this morning"). */
export type Clock = { kind: "clock"; hour: number; minute: number } | { kind: "partOfDay"; code: PartOfDay };

/** Units a date can be counted in ("two weeks ago", "last month"). */
export type CalendarUnit = "day" | "week" | "weekend" | "month" | "quarter" | "half" | "year" | "decade" | "century";

export type Anchor =
  /**
   * Calendar fields the text gives; a missing year is resolved by tense ("December 1"),
   * or by yearOffset ("June last year") or relation ("last April").
   */
  | { kind: "calendar"; year?: number; month?: number; day?: number; weekday?: number; yearOffset?: number; relation?: Relation }
  /**
   * "Wednesday", "last Friday", "this Sunday". possessive: "Thursday's closing price",
   * which news writes about days gone by ("ahead of Tuesday's vote" has its own cue).
   */
  | { kind: "weekday"; weekday: number; relation?: Relation; possessive?: boolean }
  /**
   * "today" (day, 0), "last week" (week, -1), "next year" (year, +1); "the weekend" has no
   * offset: tense decides. anaphoric: counted from the date the text last gave, not from
   * the publication date ("the following year").
   */
  | { kind: "relative"; unit: CalendarUnit; offset: number | null; anaphoric?: boolean }
  /** "two weeks ago", "a year earlier"; amount null for "days earlier", "years ago". */
  | { kind: "shift"; unit: CalendarUnit; amount: number | null; direction: -1 | 1; from: ShiftOrigin }
  /** "the third quarter", "the second half of 2023"; yearOffset for "last year's third quarter". */
  | { kind: "quarter" | "half"; index: number; year?: number; yearOffset?: number }
  /**
   * "the latest quarter" (-1), "the current quarter" (0), "the year-ago quarter" (-1 then
   * -4); offset null: by tense. year: "the 1988 quarter" (the quarter in focus, in 1988).
   */
  | { kind: "relativeQuarter"; offset: number | null; yearBack: number; year?: number }
  /** "this summer", "last spring", "the winter of 1994". */
  | { kind: "season"; season: Season; year?: number; relation?: Relation }
  /** "the 1990s" -> 199; "the 20th century" -> 19. */
  | { kind: "decade" | "century"; prefix: number };

/**
 * What a shift counts from. "ago" and "from now" count from the publication date;
 * "earlier" counts from the date the text last gave ("in 2021 ... a year earlier");
 * "ago" after a reported quarter names the same quarter a year back ("profit rose from
 * $2 million a year ago", TimeML's reading of results comparisons).
 */
export type ShiftOrigin = "reference" | "discourse" | "discourse-quarter";

export type TimeSpec =
  | { kind: "date"; anchor: Anchor; part?: Part; clock?: Clock }
  | { kind: "reference"; reference: Reference; unit?: CalendarUnit }
  /** amount null: "a few days", "weeks"; unit as written. */
  | { kind: "duration"; amount: number | null; unit: Unit }
  | { kind: "set"; value: string; unit?: Unit }
  /** A clock time alone ("8 p.m."): the day comes from the reference or a neighbouring date. */
  | { kind: "time"; clock: Clock };

/** One recognised expression: a span of the text and what it says. */
export interface Recognized {
  start: number;
  end: number;
  spec: TimeSpec;
  /** Name of the rule that read it, kept for diagnostics and tests. */
  rule: string;
}
