/**
 * Resolves a recognised expression against the publication date and the tense of its
 * clause: news tells the recent past in the past tense, so "said on Wednesday" is the
 * last Wednesday, "will travel next week" the coming week, "in October" in a January
 * article last year's October. Values follow TimeML (TIMEX3): "2023-12-20", "2023-W52",
 * "2023-Q3", "199", "P3D", "PAST_REF"...
 */
import type { Granularity, TimeExpression, TimeType } from "../types.js";
import {
  addDays, addMonths, compareDays, distanceToRange, formatDay, formatMonth, formatWeek, halfRange, isoWeekday,
  monthRange, pad, quarterOf, quarterRange, seasonRange, toDayNumber, fromDayNumber, weekRange, yearRange,
} from "./calendar.js";
import type { Day, DayRange } from "./calendar.js";
import type { Part, Unit } from "./patterns.js";
import { discourseDay, shiftFromDiscourse } from "./discourse.js";
import type { DiscourseDate } from "./discourse.js";
import { durationValue } from "./duration.js";
import type { Anchor, CalendarUnit, Clock, TimeSpec } from "./spec.js";
import type { Tense } from "./tense.js";

/* Confidence levels: how sure a reader of the resolved value can be. */
/** The text gives the whole date ("December 1, 2023"). */
const CONFIDENCE_STATED = 0.95;
/** Durations and sets: the text states the measure; only the span can be wrong. */
const CONFIDENCE_MEASURE = 0.9;
/** Deterministic from the publication date ("yesterday", "last week", "two years ago"). */
const CONFIDENCE_RELATIVE = 0.9;
/** An open choice (which Wednesday, which year) settled by a tense cue. */
const CONFIDENCE_TENSE = 0.85;
/** An open choice settled by proximity alone, without a tense cue. */
const CONFIDENCE_NEAREST = 0.7;
/** Counted from the date the text last gave ("a year earlier", "the following month"). */
const CONFIDENCE_DISCOURSE = 0.75;
/** "recently", "days earlier", "the quarter": a vague period around the publication date. */
const CONFIDENCE_VAGUE = 0.5;
/** No publication date: the value keeps only what the text fixes. */
const CONFIDENCE_NO_REFERENCE = 0.3;
/** No publication date and nothing fixed by the text: the value is null. */
const CONFIDENCE_UNRESOLVED = 0.2;

/**
 * Width of the vague periods, in days, for ranges of "recently" (no unit) and of
 * "days / weeks / months / years earlier": a few of the unit before the publication date.
 */
const VAGUE_WINDOW_DAYS: Record<CalendarUnit | "none", number> = {
  none: 30, day: 10, weekend: 21, week: 42, month: 183, quarter: 365, half: 730, year: 1826, decade: 3652, century: 36524,
};

/**
 * How much farther a candidate against the tense counts than one with it, when choosing
 * the year of "Nov. 20" or the quarter of "the third quarter". A reporting verb's past
 * tense ("the offer was extended to Nov. 20") does not make a date eleven months back
 * likelier than one three weeks ahead; five times the distance keeps the tense decisive
 * for dates within a few months and lets a near date win over a far one.
 */
const TENSE_MISMATCH_WEIGHT = 5;

/**
 * Without a tense cue, a future candidate counts this much farther than a past one:
 * news looks back more often than forward ("Thursday's closing price" in a Monday paper).
 */
const NEAREST_FUTURE_WEIGHT = 1.5;

export interface ResolveContext {
  /** Publication day, or null when unknown. */
  reference: Day | null;
  tense: Tense;
  /** The tense cue admits no other reading ("since October 7"): never choose against it. */
  strictTense?: boolean;
  /** The last dated expression before this one, nearby in the text; null when none. */
  discourse?: DiscourseDate | null;
}

export type Resolution = Pick<TimeExpression, "type" | "value" | "granularity" | "range" | "basis" | "confidence">;

type Direction = "past" | "future" | "nearest";

interface Occurrence {
  value: string;
  range: DayRange;
}

export function resolve(spec: TimeSpec, context: ResolveContext): Resolution {
  switch (spec.kind) {
    case "duration":
      return { type: "DURATION", value: durationValue(spec.amount, spec.unit), granularity: unitGranularity(spec.unit), basis: "stated", confidence: CONFIDENCE_MEASURE };
    case "set":
      return { type: "SET", value: spec.value, granularity: spec.unit ? unitGranularity(spec.unit) : "unknown", basis: "stated", confidence: CONFIDENCE_MEASURE };
    case "reference":
      return resolveReference(spec.reference, spec.unit, context.reference);
    case "time":
      return resolveClockAlone(spec.clock, context.reference);
    case "date":
      return resolveDate(spec, context);
  }
}

/** The present tense says nothing about which side of the publication day an event lies: nearest. */
function direction(tense: Tense): Direction {
  return tense === "past" || tense === "future" ? tense : "nearest";
}

function result(type: TimeType, value: string | null, granularity: Granularity, basis: "stated" | "inferred", confidence: number, range?: DayRange): Resolution {
  const out: Resolution = { type, value, granularity, basis, confidence };
  if (range !== undefined) out.range = { from: formatDay(range.from), to: formatDay(range.to) };
  return out;
}

/* ------------------------------------------------------------------ references and clocks */

function resolveReference(reference: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF", unit: CalendarUnit | undefined, ref: Day | null): Resolution {
  if (ref === null || reference === "PRESENT_REF") {
    const range = ref === null ? undefined : { from: ref, to: ref };
    return result("DATE", reference, ref === null ? "unknown" : "day", "inferred", CONFIDENCE_VAGUE, range);
  }
  const width = VAGUE_WINDOW_DAYS[unit ?? "none"];
  const range = reference === "PAST_REF" ? { from: addDays(ref, -width), to: addDays(ref, -1) } : { from: addDays(ref, 1), to: addDays(ref, width) };
  return result("DATE", reference, "interval", "inferred", CONFIDENCE_VAGUE, range);
}

function clockSuffix(clock: Clock): string {
  return clock.kind === "clock" ? `T${pad(clock.hour)}:${pad(clock.minute)}` : `T${clock.code}`;
}

function resolveClockAlone(clock: Clock, ref: Day | null): Resolution {
  const granularity: Granularity = clock.kind === "clock" ? "instant" : "day";
  if (ref === null) return result("TIME", `XXXX-XX-XX${clockSuffix(clock)}`, granularity, "inferred", CONFIDENCE_NO_REFERENCE);
  return result("TIME", `${formatDay(ref)}${clockSuffix(clock)}`, granularity, "inferred", CONFIDENCE_NEAREST);
}

/* ------------------------------------------------------------------ dates */

function resolveDate(spec: Extract<TimeSpec, { kind: "date" }>, context: ResolveContext): Resolution {
  const base = resolveAnchor(spec.anchor, context);
  let resolution = base;
  if (spec.part !== undefined && base.range !== undefined) resolution = narrow(base, spec.part, context.reference);
  if (spec.clock === undefined) return resolution;
  const isDay = resolution.granularity === "day" || (resolution.value !== null && /^(?:\d{4}|XXXX)-(?:\d{2}|XX|WXX)-\d{1,2}$/.test(resolution.value));
  if (!isDay || resolution.value === null) return { ...resolution, type: "TIME" };
  const granularity: Granularity = spec.clock.kind === "clock" ? "instant" : "day";
  const out: Resolution = { ...resolution, type: "TIME", value: `${resolution.value}${clockSuffix(spec.clock)}`, granularity };
  delete out.range;
  return out;
}

function resolveAnchor(anchor: Anchor, context: ResolveContext): Resolution {
  switch (anchor.kind) {
    case "calendar":
      return resolveCalendar(anchor, context);
    case "weekday":
      return resolveWeekday(anchor, context);
    case "relative":
      if (anchor.anaphoric) {
        const from = discourseDay(context.discourse);
        if (from !== null) return { ...resolveRelative(anchor.unit, anchor.offset, { ...context, reference: from }), confidence: CONFIDENCE_DISCOURSE };
      }
      return resolveRelative(anchor.unit, anchor.offset, context);
    case "shift": {
      const shifted = anchor.amount === null ? null : shiftFromDiscourse(anchor, context.discourse ?? null);
      if (shifted !== null) return result("DATE", shifted.value, shifted.granularity, "inferred", CONFIDENCE_DISCOURSE, shifted.range);
      return resolveShift(anchor.unit, anchor.amount, anchor.direction, context.reference);
    }
    case "quarter":
    case "half":
      return resolvePeriodOfYear(anchor, context);
    case "relativeQuarter":
      return resolveRelativeQuarter(anchor.offset, anchor.yearBack, context, anchor.year);
    case "season":
      return resolveSeason(anchor, context);
    case "decade":
      return result("DATE", String(anchor.prefix), "decade", "stated", CONFIDENCE_STATED, { from: yearRange(anchor.prefix * 10).from, to: yearRange(anchor.prefix * 10 + 9).to });
    case "century":
      return result("DATE", pad(anchor.prefix), "unknown", "stated", CONFIDENCE_STATED, { from: yearRange(anchor.prefix * 100).from, to: yearRange(anchor.prefix * 100 + 99).to });
  }
}

function resolveCalendar(anchor: Extract<Anchor, { kind: "calendar" }>, context: ResolveContext): Resolution {
  const { month, day } = anchor;
  const ref = context.reference;
  if (anchor.year !== undefined) return calendarAt(anchor.year, month, day, "stated", CONFIDENCE_STATED);
  if (month === undefined) return result("DATE", null, "unknown", "inferred", CONFIDENCE_UNRESOLVED);
  if (ref === null) {
    const value = day === undefined ? `XXXX-${pad(month)}` : `XXXX-${pad(month)}-${pad(day)}`;
    return result("DATE", value, day === undefined ? "month" : "day", "inferred", CONFIDENCE_NO_REFERENCE);
  }
  if (anchor.yearOffset !== undefined) return calendarAt(ref.year + anchor.yearOffset, month, day, "inferred", CONFIDENCE_RELATIVE);
  if (anchor.relation !== undefined) {
    const year = monthYearByRelation(month, anchor.relation, ref);
    return calendarAt(year, month, day, "inferred", CONFIDENCE_RELATIVE);
  }
  const candidates: Occurrence[] = [];
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const occurrence = calendarOccurrence(year, month, day);
    if (occurrence === null) continue;
    // "Friday, Oct. 13": a weekday written with the date picks the year it falls in.
    if (anchor.weekday !== undefined && day !== undefined && isoWeekday(occurrence.range.from) !== anchor.weekday) continue;
    candidates.push(occurrence);
  }
  const fallback = calendarOccurrence(ref.year, month, day);
  const chosen = choose(candidates.length > 0 ? candidates : fallback ? [fallback] : [], ref, direction(context.tense), context.strictTense);
  if (chosen === null) return result("DATE", null, "unknown", "inferred", CONFIDENCE_UNRESOLVED);
  const granularity: Granularity = day === undefined ? "month" : "day";
  return result("DATE", chosen.value, granularity, "inferred", tenseConfidence(context.tense), day === undefined ? chosen.range : undefined);
}

function calendarAt(year: number, month: number | undefined, day: number | undefined, basis: "stated" | "inferred", confidence: number): Resolution {
  if (month === undefined) return result("DATE", pad(year, 4), "year", basis, confidence, yearRange(year));
  const occurrence = calendarOccurrence(year, month, day);
  if (occurrence === null) return result("DATE", null, "unknown", basis, CONFIDENCE_UNRESOLVED);
  if (day === undefined) return result("DATE", occurrence.value, "month", basis, confidence, occurrence.range);
  return result("DATE", occurrence.value, "day", basis, confidence);
}

function calendarOccurrence(year: number, month: number, day: number | undefined): Occurrence | null {
  if (day === undefined) return { value: formatMonth(year, month), range: monthRange(year, month) };
  const range = monthRange(year, month);
  if (day > range.to.day) return null;
  const d = { year, month, day };
  return { value: formatDay(d), range: { from: d, to: d } };
}

/** "last April": the latest April before this month; "next May": the first after it; "this September": this year's. */
function monthYearByRelation(month: number, relation: "this" | "last" | "next", ref: Day): number {
  if (relation === "last") return month < ref.month ? ref.year : ref.year - 1;
  if (relation === "next") return month > ref.month ? ref.year : ref.year + 1;
  return ref.year;
}

function tenseConfidence(tense: Tense): number {
  return tense === "past" || tense === "future" ? CONFIDENCE_TENSE : CONFIDENCE_NEAREST;
}

/**
 * Picks the occurrence the tense points at: the one nearest the publication day, where
 * an occurrence against the tense (after it for the past tense, before it for the
 * future) counts TENSE_MISMATCH_WEIGHT times farther, and without a cue (or in the
 * present) a future one NEAREST_FUTURE_WEIGHT times farther. Ties go to the earlier one.
 */
function choose(candidates: Occurrence[], ref: Day, dir: Direction, strict = false): Occurrence | null {
  const mismatchWeight = strict ? Number.MAX_SAFE_INTEGER : TENSE_MISMATCH_WEIGHT;
  let best: Occurrence | null = null;
  let bestScore = Infinity;
  const sorted = [...candidates].sort((a, b) => compareDays(a.range.from, b.range.from));
  for (const c of sorted) {
    const distance = distanceToRange(ref, c.range);
    let weight = 1;
    if (dir === "past" && distance > 0) weight = mismatchWeight;
    else if (dir === "future" && distance < 0) weight = mismatchWeight;
    else if (dir === "nearest" && distance > 0) weight = NEAREST_FUTURE_WEIGHT;
    const score = Math.abs(distance) * weight;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function resolveWeekday(anchor: Extract<Anchor, { kind: "weekday" }>, context: ResolveContext): Resolution {
  const ref = context.reference;
  if (ref === null) return result("DATE", `XXXX-WXX-${anchor.weekday}`, "day", "inferred", CONFIDENCE_NO_REFERENCE);
  const back = (isoWeekday(ref) - anchor.weekday + 7) % 7;
  const ahead = (anchor.weekday - isoWeekday(ref) + 7) % 7;
  let day: Day;
  let confidence = CONFIDENCE_RELATIVE;
  if (anchor.relation === "last") day = addDays(ref, -(back || 7));
  else if (anchor.relation === "next") day = addDays(ref, ahead || 7);
  else {
    const dir = anchor.possessive && context.tense !== "future" ? "past" : direction(context.tense);
    const pick = dir === "past" ? -back : dir === "future" ? ahead : back <= ahead * NEAREST_FUTURE_WEIGHT ? -back : ahead;
    day = addDays(ref, pick);
    confidence = anchor.relation === "this" ? CONFIDENCE_RELATIVE : tenseConfidence(context.tense);
  }
  return result("DATE", formatDay(day), "day", "inferred", confidence);
}

function resolveRelative(unit: CalendarUnit, offset: number | null, context: ResolveContext): Resolution {
  const ref = context.reference;
  if (ref === null) return result("DATE", null, calendarGranularity(unit), "inferred", CONFIDENCE_UNRESOLVED);
  if (unit === "weekend") return resolveWeekend(offset, context);
  const o = offset ?? 0;
  switch (unit) {
    case "day":
      return result("DATE", formatDay(addDays(ref, o)), "day", "inferred", CONFIDENCE_RELATIVE);
    case "week": {
      const d = addDays(ref, 7 * o);
      return result("DATE", formatWeek(d), "week", "inferred", CONFIDENCE_RELATIVE, weekRange(d));
    }
    case "month": {
      const m = addMonths(ref, o);
      return result("DATE", formatMonth(m.year, m.month), "month", "inferred", CONFIDENCE_RELATIVE, monthRange(m.year, m.month));
    }
    case "quarter":
      return resolveRelativeQuarter(o, 0, context);
    case "half": {
      const index = (ref.year * 2 + (ref.month > 6 ? 1 : 0)) + o;
      const year = Math.floor(index / 2);
      return result("DATE", `${pad(year, 4)}-H${(index % 2) + 1}`, "interval", "inferred", CONFIDENCE_RELATIVE, halfRange(year, (index % 2) + 1));
    }
    case "year":
      return result("DATE", pad(ref.year + o, 4), "year", "inferred", CONFIDENCE_RELATIVE, yearRange(ref.year + o));
    case "decade": {
      const prefix = Math.floor(ref.year / 10) + o;
      return result("DATE", String(prefix), "decade", "inferred", CONFIDENCE_RELATIVE, { from: yearRange(prefix * 10).from, to: yearRange(prefix * 10 + 9).to });
    }
    case "century": {
      const prefix = Math.floor(ref.year / 100) + o;
      return result("DATE", pad(prefix), "unknown", "inferred", CONFIDENCE_RELATIVE, { from: yearRange(prefix * 100).from, to: yearRange(prefix * 100 + 99).to });
    }
  }
}

/** "the weekend": the one just past in the past tense, the coming one in the future tense. */
function resolveWeekend(offset: number | null, context: ResolveContext): Resolution {
  const ref = context.reference!;
  const weekendOf = (d: Day): Occurrence => {
    const saturday = addDays(d, 6 - isoWeekday(d));
    return { value: `${formatWeek(saturday)}-WE`, range: { from: saturday, to: addDays(saturday, 1) } };
  };
  if (offset !== null) {
    const w = weekendOf(addDays(ref, 7 * offset));
    return result("DATE", w.value, "interval", "inferred", CONFIDENCE_RELATIVE, w.range);
  }
  const candidates = [weekendOf(addDays(ref, -7)), weekendOf(ref), weekendOf(addDays(ref, 7))];
  const chosen = choose(candidates, ref, direction(context.tense), context.strictTense)!;
  return result("DATE", chosen.value, "interval", "inferred", tenseConfidence(context.tense), chosen.range);
}

function resolveShift(unit: CalendarUnit, amount: number | null, sign: -1 | 1, ref: Day | null): Resolution {
  if (amount === null) return resolveReference(sign < 0 ? "PAST_REF" : "FUTURE_REF", unit, ref);
  if (ref === null) return result("DATE", null, calendarGranularity(unit), "inferred", CONFIDENCE_UNRESOLVED);
  const n = Math.round(amount) * sign;
  switch (unit) {
    case "day":
      return result("DATE", formatDay(addDays(ref, n)), "day", "inferred", CONFIDENCE_RELATIVE);
    case "week":
    case "weekend": {
      const d = addDays(ref, 7 * n);
      return result("DATE", formatWeek(d), "week", "inferred", CONFIDENCE_RELATIVE, weekRange(d));
    }
    case "month": {
      const m = addMonths(ref, n);
      return result("DATE", formatMonth(m.year, m.month), "month", "inferred", CONFIDENCE_RELATIVE, monthRange(m.year, m.month));
    }
    case "quarter":
      return resolveRelativeQuarter(n, 0, { reference: ref, tense: "present" });
    case "half":
      return resolveRelative("half", n, { reference: ref, tense: "present" });
    case "year":
      return result("DATE", pad(ref.year + n, 4), "year", "inferred", CONFIDENCE_RELATIVE, yearRange(ref.year + n));
    case "decade":
      return resolveRelative("year", 10 * n, { reference: ref, tense: "present" });
    case "century":
      return resolveRelative("year", 100 * n, { reference: ref, tense: "present" });
  }
}

function resolvePeriodOfYear(anchor: Extract<Anchor, { kind: "quarter" | "half" }>, context: ResolveContext): Resolution {
  const letter = anchor.kind === "quarter" ? "Q" : "H";
  const rangeOf = (year: number) => (anchor.kind === "quarter" ? quarterRange(year, anchor.index) : halfRange(year, anchor.index));
  const granularity: Granularity = anchor.kind === "quarter" ? "quarter" : "interval";
  const at = (year: number): Occurrence => ({ value: `${pad(year, 4)}-${letter}${anchor.index}`, range: rangeOf(year) });
  if (anchor.year !== undefined) {
    const o = at(anchor.year);
    return result("DATE", o.value, granularity, "stated", CONFIDENCE_STATED, o.range);
  }
  const ref = context.reference;
  if (ref === null) return result("DATE", `XXXX-${letter}${anchor.index}`, granularity, "inferred", CONFIDENCE_NO_REFERENCE);
  if (anchor.yearOffset !== undefined) {
    const o = at(ref.year + anchor.yearOffset);
    return result("DATE", o.value, granularity, "inferred", CONFIDENCE_RELATIVE, o.range);
  }
  const chosen = choose([at(ref.year - 1), at(ref.year), at(ref.year + 1)], ref, direction(context.tense), context.strictTense)!;
  return result("DATE", chosen.value, granularity, "inferred", tenseConfidence(context.tense), chosen.range);
}

/**
 * "the latest quarter" (-1), "the current quarter" (0), "the year-ago quarter" (the
 * reported quarter, one year back). Without a word for it, "the quarter" of a report in
 * the past tense is the quarter just ended; otherwise the current one.
 */
function resolveRelativeQuarter(offset: number | null, yearBack: number, context: ResolveContext, fixedYear?: number): Resolution {
  const ref = context.reference;
  if (ref === null) return result("DATE", fixedYear === undefined ? null : pad(fixedYear, 4), fixedYear === undefined ? "quarter" : "year", "inferred", CONFIDENCE_UNRESOLVED);
  const o = offset ?? (context.tense === "future" || context.tense === "present" ? 0 : -1);
  let index = ref.year * 4 + (quarterOf(ref) - 1) + o - 4 * yearBack;
  // "the 1988 quarter": the quarter in focus, in the year the text names.
  if (fixedYear !== undefined) index = fixedYear * 4 + (((index % 4) + 4) % 4);
  const year = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const confidence = offset === null ? CONFIDENCE_VAGUE : CONFIDENCE_RELATIVE;
  return result("DATE", `${pad(year, 4)}-Q${quarter}`, "quarter", "inferred", confidence, quarterRange(year, quarter));
}

function resolveSeason(anchor: Extract<Anchor, { kind: "season" }>, context: ResolveContext): Resolution {
  const at = (year: number): Occurrence => ({ value: `${pad(year, 4)}-${anchor.season}`, range: seasonRange(year, anchor.season) });
  if (anchor.year !== undefined) {
    const o = at(anchor.year);
    return result("DATE", o.value, "season", "stated", CONFIDENCE_STATED, o.range);
  }
  const ref = context.reference;
  if (ref === null) return result("DATE", `XXXX-${anchor.season}`, "season", "inferred", CONFIDENCE_NO_REFERENCE);
  const candidates = [at(ref.year - 2), at(ref.year - 1), at(ref.year), at(ref.year + 1)];
  let chosen: Occurrence;
  if (anchor.relation === "last") chosen = candidates.filter((c) => compareDays(c.range.to, ref) < 0).pop()!;
  else if (anchor.relation === "next") chosen = candidates.find((c) => compareDays(c.range.from, ref) > 0)!;
  else chosen = choose(candidates, ref, anchor.relation === "this" ? "nearest" : direction(context.tense))!;
  const confidence = anchor.relation !== undefined ? CONFIDENCE_RELATIVE : tenseConfidence(context.tense);
  return result("DATE", chosen.value, "season", "inferred", confidence, chosen.range);
}

/* ------------------------------------------------------------------ parts of periods */

/**
 * "early next week", "the end of November": the value stays the period's (TimeML keeps
 * the part in its `mod` attribute); the range shrinks to the part: a third of the period
 * for START / MID / END, the stretch before or after the publication day for EARLIER / LATER.
 */
function narrow(base: Resolution, part: Part, ref: Day | null): Resolution {
  const from = toDayNumber(parseDay(base.range!.from));
  const to = toDayNumber(parseDay(base.range!.to));
  const length = to - from + 1;
  const third = Math.max(1, Math.ceil(length / 3));
  let range: { from: number; to: number };
  if (part === "START") range = { from, to: from + third - 1 };
  else if (part === "END") range = { from: to - third + 1, to };
  else if (part === "MID") {
    const start = from + Math.floor((length - third) / 2);
    range = { from: start, to: start + third - 1 };
  } else {
    if (ref === null) return { ...base, granularity: "interval" };
    const r = toDayNumber(ref);
    range = part === "EARLIER" ? { from, to: Math.min(to, r) } : { from: Math.max(from, r), to };
    if (range.from > range.to) range = { from, to };
  }
  return { ...base, granularity: "interval", range: { from: formatDay(fromDayNumber(range.from)), to: formatDay(fromDayNumber(range.to)) } };
}

function parseDay(iso: string): Day {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
}

/* ------------------------------------------------------------------ granularities */

function unitGranularity(unit: Unit): Granularity {
  switch (unit) {
    case "second":
    case "minute":
    case "hour":
      return "instant";
    case "day":
    case "night":
      return "day";
    case "week":
    case "fortnight":
      return "week";
    case "month":
      return "month";
    case "quarter":
      return "quarter";
    case "year":
      return "year";
    case "decade":
      return "decade";
    case "century":
      return "unknown";
  }
}

function calendarGranularity(unit: CalendarUnit): Granularity {
  switch (unit) {
    case "day":
    case "week":
    case "month":
    case "quarter":
    case "year":
    case "decade":
      return unit;
    case "weekend":
    case "half":
      return "interval";
    case "century":
      return "unknown";
  }
}
