/**
 * Bounds an unknown publication date from the dates a text states. A dated event told
 * in the past tense ("the truce ended on December 1") happened before publication: the
 * start of its period is a lower bound. A dated event told in the future tense ("talks
 * will resume on January 5") has not happened yet: the end of its period is an upper
 * bound. Dates without a year ("December 1") borrow the latest year the text states,
 * when it states one; otherwise the bound keeps TimeML's unknown year ("XXXX-12-01").
 */
import type { Sentence } from "../types.js";
import { compareDays, formatDay, isValidDay } from "./calendar.js";
import type { Day } from "./calendar.js";
import type { Part } from "./patterns.js";
import { readTimeExpressions } from "./read.js";
import type { TimeReading } from "./read.js";

export interface PublicationBounds {
  /** ISO day the article cannot be older than (or "XXXX-MM-DD" when no year is known); null: no bound. */
  earliest: string | null;
  /** ISO day the article cannot be newer than; null: no bound. */
  latest: string | null;
  /** One line per date used, saying what it bounds and why. */
  evidence: string[];
}

/** A bound candidate: a full day, or a month and day whose year is unknown (year null). */
interface BoundCandidate {
  year: number | null;
  month: number;
  day: number;
  source: string;
}

/**
 * @example
 * const text = "The truce ended on December 1. Talks resumed on Wednesday.";
 * boundPublicationDate(text, splitSentences(text));
 * // { earliest: "XXXX-12-01", latest: null, evidence: ['past "December 1" (cue "ended") -> on or after XXXX-12-01'] }
 */
export function boundPublicationDate(text: string, sentences: Sentence[]): PublicationBounds {
  const readings = readTimeExpressions(text, sentences, { published: null });
  const yearHint = latestStatedYear(readings);
  const lower: BoundCandidate[] = [];
  const upper: BoundCandidate[] = [];
  for (const reading of readings) {
    const period = statedPeriod(reading, yearHint);
    if (period === null) continue;
    const source = `"${reading.expression.text}" (cue "${reading.tense.cue}")`;
    if (reading.tense.tense === "past") lower.push({ ...period.from, source: `past ${source}` });
    if (reading.tense.tense === "future") upper.push({ ...period.to, source: `future ${source}` });
  }
  const earliest = pick(lower, (a, b) => compareCandidates(a, b) > 0);
  const latest = pick(upper, (a, b) => compareCandidates(a, b) < 0);
  const evidence: string[] = [];
  if (earliest) evidence.push(`${earliest.source} -> on or after ${formatCandidate(earliest)}${hintNote(earliest, yearHint)}`);
  if (latest) evidence.push(`${latest.source} -> on or before ${formatCandidate(latest)}${hintNote(latest, yearHint)}`);
  return { earliest: earliest ? formatCandidate(earliest) : null, latest: latest ? formatCandidate(latest) : null, evidence };
}

interface YearHint {
  year: number;
  source: string;
}

/**
 * The latest year the text writes out for something that has happened ("in 2023",
 * "October 7, 2023"): the year of its undated dates, most likely. Years of announced
 * events ("will open on January 8, 2024") say nothing about when the rest happened.
 */
function latestStatedYear(readings: TimeReading[]): YearHint | null {
  let best: YearHint | null = null;
  for (const r of readings) {
    const anchor = r.recognized.spec.kind === "date" ? r.recognized.spec.anchor : null;
    if (anchor?.kind !== "calendar" || anchor.year === undefined || r.tense.tense === "future") continue;
    if (best === null || anchor.year > best.year) best = { year: anchor.year, source: r.expression.text };
  }
  return best;
}

/** First and last day of a dated period the text gives (full or month-day), or null. */
function statedPeriod(reading: TimeReading, hint: YearHint | null): { from: Omit<BoundCandidate, "source">; to: Omit<BoundCandidate, "source"> } | null {
  const spec = reading.recognized.spec;
  if (spec.kind !== "date" || spec.anchor.kind !== "calendar") return null;
  const anchor = spec.anchor;
  if (anchor.month === undefined && anchor.year !== undefined) {
    return { from: { year: anchor.year, month: 1, day: 1 }, to: { year: anchor.year, month: 12, day: 31 } };
  }
  if (anchor.month === undefined || anchor.yearOffset !== undefined || anchor.relation !== undefined) return null;
  const year = anchor.year ?? hint?.year ?? null;
  // A year without leap day stands in for an unknown year: only February's length depends on it.
  const lastDay = new Date(Date.UTC(year ?? 2001, anchor.month, 0)).getUTCDate();
  let days = anchor.day === undefined ? { from: 1, to: lastDay } : { from: anchor.day, to: anchor.day };
  if (anchor.day === undefined && spec.part !== undefined) days = partOfMonth(lastDay, spec.part);
  const from = { year, month: anchor.month, day: days.from };
  const to = { year, month: anchor.month, day: days.to };
  if (year !== null && !isValidDay(from as Day)) return null;
  return { from, to };
}

/** Days of a month a part names ("early" the first third, "the end of" the last); EARLIER/LATER keep the month. */
function partOfMonth(lastDay: number, part: Part): { from: number; to: number } {
  const third = Math.ceil(lastDay / 3);
  if (part === "START") return { from: 1, to: third };
  if (part === "END") return { from: lastDay - third + 1, to: lastDay };
  if (part === "MID") {
    const start = 1 + Math.floor((lastDay - third) / 2);
    return { from: start, to: start + third - 1 };
  }
  return { from: 1, to: lastDay };
}

/** Compares full days by date; when a year is unknown, by month and day only. */
function compareCandidates(a: BoundCandidate, b: BoundCandidate): number {
  if (a.year !== null && b.year !== null) return compareDays(a as Day, b as Day);
  return a.month - b.month || a.day - b.day;
}

/** Full days win over yearless ones: a stated year is stronger evidence than a month and day. */
function pick(candidates: BoundCandidate[], better: (a: BoundCandidate, b: BoundCandidate) => boolean): BoundCandidate | null {
  const full = candidates.filter((c) => c.year !== null);
  const pool = full.length > 0 ? full : candidates;
  let best: BoundCandidate | null = null;
  for (const c of pool) if (best === null || better(c, best)) best = c;
  return best;
}

function formatCandidate(c: BoundCandidate): string {
  if (c.year === null) return `XXXX-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
  return formatDay({ year: c.year, month: c.month, day: c.day });
}

function hintNote(c: BoundCandidate, hint: YearHint | null): string {
  return hint !== null && c.year === hint.year && !c.source.includes(String(hint.year)) ? ` (year from "${hint.source}")` : "";
}
