/**
 * Anaphoric dates: expressions counted from the date the text last gave rather than
 * from the publication date ("a year earlier", "the following month"). read.ts keeps
 * the discourse date; resolve.ts calls these when an expression needs it.
 */
import type { Granularity } from "../types.js";
import {
  addDays, addMonths, formatDay, formatMonth, halfRange, isoWeekday, monthRange, pad, quarterRange, yearRange,
} from "./calendar.js";
import type { Day, DayRange } from "./calendar.js";
import type { Anchor } from "./spec.js";

/** The date the text last gave before an expression, for the anaphoric ones ("a year earlier"). */
export interface DiscourseDate {
  value: string;
  granularity: Granularity;
}

/** A date counted from the discourse date, before confidence and basis are attached. */
export interface ShiftedDate {
  value: string;
  granularity: Granularity;
  range?: DayRange;
}

interface ParsedValue {
  shape: "day" | "month" | "quarter" | "half" | "week" | "year";
  year: number;
  /** Month, quarter, half or week number; day for the day shape in `day`. */
  index: number;
  day: number;
}

function parseValue(value: string): ParsedValue | null {
  const m = /^(\d{4})(?:-(?:(Q|H|W)(\d{1,2})|(\d{2})(?:-(\d{2}))?))?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === "Q") return { shape: "quarter", year, index: Number(m[3]), day: 1 };
  if (m[2] === "H") return { shape: "half", year, index: Number(m[3]), day: 1 };
  if (m[2] === "W") return { shape: "week", year, index: Number(m[3]), day: 1 };
  if (m[5] !== undefined) return { shape: "day", year, index: Number(m[4]), day: Number(m[5]) };
  if (m[4] !== undefined) return { shape: "month", year, index: Number(m[4]), day: 1 };
  return { shape: "year", year, index: 1, day: 1 };
}

/** First day of the period a discourse date names ("1995-05-22", "1989-Q3" -> 1989-07-01). */
export function discourseDay(discourse: DiscourseDate | null | undefined): Day | null {
  const parsed = discourse ? parseValue(discourse.value) : null;
  if (parsed === null) return null;
  switch (parsed.shape) {
    case "day":
      return { year: parsed.year, month: parsed.index, day: parsed.day };
    case "month":
      return { year: parsed.year, month: parsed.index, day: 1 };
    case "quarter":
      return quarterRange(parsed.year, parsed.index).from;
    case "half":
      return halfRange(parsed.year, parsed.index).from;
    case "week":
      return addDays({ year: parsed.year, month: 1, day: 4 }, 7 * (parsed.index - 1) - (isoWeekday({ year: parsed.year, month: 1, day: 4 }) - 1));
    case "year":
      return { year: parsed.year, month: 1, day: 1 };
  }
}

/**
 * "a year earlier" after "the third quarter" is the same quarter a year back: the shift
 * keeps the granularity of the date it counts from. Returns null when the shift counts
 * from the publication date, or when the units do not fit the discourse date's shape.
 */
export function shiftFromDiscourse(anchor: Extract<Anchor, { kind: "shift" }>, discourse: DiscourseDate | null): ShiftedDate | null {
  if (anchor.from === "reference" || discourse === null || anchor.amount === null) return null;
  const parsed = parseValue(discourse.value);
  if (parsed === null) return null;
  if (anchor.from === "discourse-quarter" && parsed.shape !== "quarter") return null;
  const n = Math.round(anchor.amount) * anchor.direction;
  const inferred = (value: string, granularity: Granularity, range?: DayRange): ShiftedDate => (range === undefined ? { value, granularity } : { value, granularity, range });
  const months = anchor.unit === "year" ? 12 * n : anchor.unit === "quarter" ? 3 * n : anchor.unit === "month" ? n : null;
  if (months === null) {
    if (anchor.unit !== "day" && anchor.unit !== "week") return null;
    if (parsed.shape !== "day") return null;
    const d = addDays({ year: parsed.year, month: parsed.index, day: parsed.day }, (anchor.unit === "week" ? 7 : 1) * n);
    return inferred(formatDay(d), "day");
  }
  switch (parsed.shape) {
    case "day": {
      const m = addMonths({ year: parsed.year, month: parsed.index }, months);
      const day = Math.min(parsed.day, monthRange(m.year, m.month).to.day);
      return inferred(formatDay({ year: m.year, month: m.month, day }), "day");
    }
    case "month": {
      const m = addMonths({ year: parsed.year, month: parsed.index }, months);
      return inferred(formatMonth(m.year, m.month), "month", monthRange(m.year, m.month));
    }
    case "quarter": {
      if (months % 3 !== 0) return null;
      const index = parsed.year * 4 + parsed.index - 1 + months / 3;
      const year = Math.floor(index / 4);
      return inferred(`${pad(year, 4)}-Q${(index % 4) + 1}`, "quarter", quarterRange(year, (index % 4) + 1));
    }
    case "year":
    case "half":
    case "week": {
      if (months % 12 !== 0) return null;
      const year = parsed.year + months / 12;
      if (parsed.shape === "year") return inferred(pad(year, 4), "year", yearRange(year));
      if (parsed.shape === "half") return inferred(`${pad(year, 4)}-H${parsed.index}`, "interval", halfRange(year, parsed.index));
      return null;
    }
  }
}
