/**
 * Calendar arithmetic on plain days (no time zone: a publication date is a calendar day
 * wherever the outlet sits). Days are counted from 1970-01-01 through Date.UTC, which
 * handles month lengths and leap years.
 */
import type { Season } from "./patterns.js";

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export interface DayRange {
  from: Day;
  to: Day;
}

const MS_PER_DAY = 86_400_000;

/**
 * Reads the calendar day of an ISO date or date-time ("2023-12-24", "2023-12-24T10:00:00Z",
 * "1998-02-13T14:26:00"); null when the string has no valid date at its start.
 */
export function parseIsoDay(iso: string): Day | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(iso.trim());
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toDayNumber(d: Day): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromDayNumber(toDayNumber(d) + days);
}

/** First day of the month `months` months after (or before) the month of `d`. */
export function addMonths(d: Pick<Day, "year" | "month">, months: number): Day {
  const index = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

export function compareDays(a: Day, b: Day): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(d: Day): number {
  const dow = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** ISO 8601 week: the week with the year's first Thursday is week 1. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const firstDay = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - firstDay) / 7) + 1 };
}

export function weekRange(d: Day): DayRange {
  const monday = addDays(d, 1 - isoWeekday(d));
  return { from: monday, to: addDays(monday, 6) };
}

export function monthRange(year: number, month: number): DayRange {
  return { from: { year, month, day: 1 }, to: { year, month, day: daysInMonth(year, month) } };
}

export function quarterRange(year: number, quarter: number): DayRange {
  const first = (quarter - 1) * 3 + 1;
  return { from: { year, month: first, day: 1 }, to: monthRange(year, first + 2).to };
}

export function halfRange(year: number, half: number): DayRange {
  return half === 1 ? { from: { year, month: 1, day: 1 }, to: { year, month: 6, day: 30 } } : { from: { year, month: 7, day: 1 }, to: { year, month: 12, day: 31 } };
}

/** Meteorological seasons of the northern hemisphere; winter belongs to the year of its December. */
export function seasonRange(year: number, season: Season): DayRange {
  switch (season) {
    case "SP":
      return { from: { year, month: 3, day: 1 }, to: { year, month: 5, day: 31 } };
    case "SU":
      return { from: { year, month: 6, day: 1 }, to: { year, month: 8, day: 31 } };
    case "FA":
      return { from: { year, month: 9, day: 1 }, to: { year, month: 11, day: 30 } };
    case "WI":
      return { from: { year, month: 12, day: 1 }, to: monthRange(year + 1, 2).to };
  }
}

export function yearRange(year: number): DayRange {
  return { from: { year, month: 1, day: 1 }, to: { year, month: 12, day: 31 } };
}

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

export function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, "0");
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Day): string {
  const week = isoWeek(d);
  return `${pad(week.year, 4)}-W${pad(week.week)}`;
}

/** Days from the range to the day: 0 inside, positive when the range lies after the day. */
export function distanceToRange(d: Day, range: DayRange): number {
  const n = toDayNumber(d);
  if (n < toDayNumber(range.from)) return toDayNumber(range.from) - n;
  if (n > toDayNumber(range.to)) return toDayNumber(range.to) - n;
  return 0;
}
