/**
 * Metadata a plain text gives about itself: a dateline ("CAIRO, Dec 24 (Reuters) -"),
 * a byline ("By Jane Doe"), a date stamp ("Published: 3 March 2025"), a wire trailer
 * ("(Reporting by ...)"). Parsing only; which value wins is decided in index.ts.
 */
import { isValidDay } from "../../../util/dates.js";
import { countWords } from "./lines.js";
import {
  BYLINE_PATTERN,
  CREDIT_TRAILER_PATTERN,
  DATE_LINE_TAIL,
  DATE_SOURCE,
  DATE_STAMP_LABEL,
  DATELINE_DASH_DATE_PATTERN,
  DATELINE_PATTERN,
  MONTHS,
  NOT_A_NAME,
} from "./patterns.js";

/** A byline is short; a longer "By ..." line is a sentence ("By Sunday, the talks had..."). */
const BYLINE_MAX_WORDS = 12;
/** A date stamp line is short; a longer line starting with a date is prose. */
const DATE_LINE_MAX_WORDS = 14;
/**
 * How far a year-less dateline date ("Dec 24") may lie after the reference date and
 * still be this year: a story filed just before midnight UTC, or a clock skew.
 */
const YEARLESS_FUTURE_SLACK_DAYS = 2;

/** A date as the text gives it: with a year, or only a month and day. */
export interface TextDate {
  year: number | null;
  month: number;
  day: number;
  /** The text matched. */
  text: string;
}

export interface Dateline {
  /** The dateline as written, separator included ("CAIRO, March 3 (Nile Wire) - "). */
  text: string;
  place: string;
  date: TextDate | null;
  agency: string | null;
}

export type MetadataLine =
  | { kind: "byline"; names: string; text: string }
  | { kind: "trailer"; names: string; text: string }
  | { kind: "date"; label: string | null; date: TextDate; text: string };

const DATE_AT_START = new RegExp(`^${DATE_SOURCE}`, "u");

function monthNumber(word: string | undefined): number | null {
  if (!word) return null;
  return MONTHS.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

/** Reads the named groups of DATE_SOURCE into a date, or null when they name no real day. */
function dateFromGroups(groups: Record<string, string | undefined>, text: string): TextDate | null {
  const month = monthNumber(groups.md_month ?? groups.dm_month) ?? (groups.iso_month ? Number(groups.iso_month) : null);
  const day = Number(groups.md_day ?? groups.dm_day ?? groups.iso_day);
  const yearText = groups.md_year ?? groups.dm_year ?? groups.iso_year;
  const year = yearText ? Number(yearText) : null;
  if (month === null || !Number.isInteger(day)) return null;
  // A year-less date is checked against a leap year so "Feb 29" is not refused.
  if (!isValidDay(year ?? 2024, month, day)) return null;
  return { year, month, day, text };
}

/** Parses a date at the start of `text` ("March 3, 2025 10:42 GMT" -> March 3, 2025). */
export function parseDateAtStart(text: string): { date: TextDate; rest: string } | null {
  const match = DATE_AT_START.exec(text);
  if (!match?.groups) return null;
  const date = dateFromGroups(match.groups, match[0]);
  return date ? { date, rest: text.slice(match[0].length) } : null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * The ISO day of a text date. A date without a year takes the year that puts it on or
 * just before the reference date (datelines are written on the day they are filed);
 * without a reference it has no ISO day.
 *
 * @example toIsoDay({ year: null, month: 12, day: 24, text: "Dec 24" }, "2024-01-02") // "2023-12-24"
 */
export function toIsoDay(date: TextDate, referenceDate?: string): string | null {
  if (date.year !== null) return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const reference = referenceDate ? new Date(`${referenceDate.slice(0, 10)}T00:00:00Z`) : null;
  if (!reference || Number.isNaN(reference.getTime())) return null;
  let year = reference.getUTCFullYear();
  const candidate = Date.UTC(year, date.month - 1, date.day);
  if (candidate - reference.getTime() > YEARLESS_FUTURE_SLACK_DAYS * 86_400_000) year -= 1;
  if (!isValidDay(year, date.month, date.day)) return null;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The dateline at the start of a lead paragraph, or null. A place alone in title case
 * ("Cairo — the talks...") is not taken: it needs capitals, a date or an agency to be
 * told from a sentence that opens with a place name.
 *
 * @example readDateline("CAIRO, March 3 (Nile Wire) - Talks resumed.") // place CAIRO, March 3, agency Nile Wire
 */
export function readDateline(paragraph: string): Dateline | null {
  for (const pattern of [DATELINE_PATTERN, DATELINE_DASH_DATE_PATTERN]) {
    const match = pattern.exec(paragraph);
    const groups = match?.groups;
    if (!match || !groups?.place) continue;
    const date = groups.date ? dateFromGroups(groups, groups.date) : null;
    const agency = groups.agency?.trim() || null;
    const place = groups.place;
    const capitals = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
    if (!capitals && !date && !agency) continue;
    if (groups.date && !date) continue;
    return { text: match[0], place, date, agency };
  }
  return null;
}

/** The names of a byline line, or null ("By Sunday, ..." is no byline). */
function readByline(line: string): string | null {
  if (countWords(line) > BYLINE_MAX_WORDS) return null;
  const match = BYLINE_PATTERN.exec(line);
  const names = match?.groups?.names;
  if (!names) return null;
  const words = names.split(/\s+/);
  if (words.some((word) => NOT_A_NAME.has(word.toLowerCase()))) return null;
  // One word after "By" is a name only when nothing follows ("By Reuters"): "By Egypt's count, ..." is prose.
  if (words.length === 1 && match.groups?.rest) return null;
  return names;
}

/** A date stamp line: a labelled date anywhere, a bare date only in the header. */
function readDateLine(line: string, inHeader: boolean): { label: string | null; date: TextDate } | null {
  if (countWords(line) > DATE_LINE_MAX_WORDS) return null;
  const labelMatch = DATE_STAMP_LABEL.exec(line);
  if (!labelMatch && !inHeader) return null;
  const afterLabel = labelMatch ? line.slice(labelMatch[0].length) : line;
  const parsed = parseDateAtStart(afterLabel);
  if (!parsed || !DATE_LINE_TAIL.test(parsed.rest)) return null;
  return { label: labelMatch?.groups?.label?.toLowerCase() ?? null, date: parsed.date };
}

/**
 * A line that is metadata rather than content: a byline, a wire trailer, a date stamp.
 * `inHeader` says the line comes before the first prose paragraph, where a bare date
 * ("March 3, 2025") is the article's date rather than part of a table or list.
 */
export function readMetadataLine(line: string, inHeader: boolean): MetadataLine | null {
  const names = readByline(line);
  if (names) return { kind: "byline", names, text: line };
  if (CREDIT_TRAILER_PATTERN.test(line)) {
    const by = /\bby\s+([^;,)]+)/i.exec(line);
    return { kind: "trailer", names: by?.[1]?.trim() ?? "", text: line };
  }
  const dated = readDateLine(line, inHeader);
  if (dated) return { kind: "date", label: dated.label, date: dated.date, text: line };
  return null;
}
