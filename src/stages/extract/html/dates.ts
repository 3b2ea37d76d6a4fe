/**
 * Publication dates as pages write them -> ISO strings (YYYY-MM-DD, or the full
 * date-time with its offset when the page gives one). Pure functions, no clock.
 */
import { MONTHS } from "./date-words.js";

/**
 * Years before this are typos or placeholders ("0001-01-01"): the web news this stage
 * reads starts in the 1990s. The upper bound is a parameter (`maxYear`), next year
 * by default.
 */
const MIN_YEAR = 1990;

/** One calendar date, checked for validity. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE_TIME = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?\s*$/;
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;

/**
 * Normalises a machine-written date (meta tag, JSON-LD, `datetime` attribute) to ISO.
 * Falls back to `parseWrittenDate` for human-written values ("Tue, 19 Nov 2019 10:48").
 *
 * @example normalizeDate("2019-11-19T10:48:00+0000") // "2019-11-19T10:48:00+00:00"
 * @example normalizeDate("November 19, 2019")       // "2019-11-19"
 */
export function normalizeDate(raw: string, maxYear = defaultMaxYear()): string | null {
  const iso = ISO_DATE_TIME.exec(raw) ?? COMPACT_DATE.exec(raw);
  if (iso !== null) return formatIso(iso, maxYear);
  const epoch = EPOCH.exec(raw);
  if (epoch !== null) return fromEpoch(epoch[1]!, maxYear);
  const written = parseWrittenDate(raw, maxYear);
  return written === null ? null : formatDate(written);
}

function formatIso(match: RegExpExecArray, maxYear: number): string | null {
  const date = checkDate(Number(match[1]), Number(match[2]), Number(match[3]), maxYear);
  if (date === null) return null;
  if (match[4] === undefined) return formatDate(date);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? "0");
  if (hour > 23 || minute > 59 || second > 59) return formatDate(date);
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  return `${formatDate(date)}T${time}${formatOffset(match[7])}`;
}

function formatOffset(offset: string | undefined): string {
  if (offset === undefined) return "";
  if (offset.toUpperCase() === "Z") return "Z";
  const digits = offset.slice(1).replace(":", "").padEnd(4, "0");
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

function fromEpoch(digits: string, maxYear: number): string | null {
  const millis = digits.length === 13 ? Number(digits) : Number(digits) * 1000;
  const date = new Date(millis);
  if (!checkDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), maxYear)) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
const MONTH = String.raw`(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|")})\.?`;
/** "November 19, 2019", "Nov. 19 2019" */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, "iu");
/** "19 November 2019", "19. November 2019", "19 de noviembre de 2019" */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\.?\s+(?:de\s+)?${MONTH},?\s+(?:de\s+)?${YEAR}\b`, "iu");
/** "2019-11-19" or "2019/11/19" written inside a sentence. */
const NUMERIC_YEAR_FIRST = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;

/**
 * Finds a complete date (day, month name, year) written in text.
 *
 * @example parseWrittenDate("Published Monday, Nov. 18, 2019") // { year: 2019, month: 11, day: 18 }
 */
export function parseWrittenDate(text: string, maxYear = defaultMaxYear()): CalendarDate | null {
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst !== null) {
    const date = checkDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]), maxYear);
    if (date !== null) return date;
  }
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst !== null) {
    const date = checkDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]), maxYear);
    if (date !== null) return date;
  }
  const numeric = NUMERIC_YEAR_FIRST.exec(text);
  if (numeric !== null) return checkDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), maxYear);
  return null;
}

function monthNumber(name: string): number {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, "")) ?? 0;
}

/** The date if it exists on the calendar and its year is plausible for a news page. */
export function checkDate(year: number, month: number, day: number, maxYear = defaultMaxYear()): CalendarDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > maxYear) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

export function formatDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Next year: a page may be dated a little ahead of a reader's clock, not more. */
function defaultMaxYear(): number {
  return new Date().getUTCFullYear() + 1;
}
