/**
 * The features of one article for story clustering: content terms (stemmed, headline
 * words counted more) with months (publication month and full dates the text states),
 * and names (entity mentions, or capitalised words without them), all as counts.
 */
import anyAscii from "any-ascii";
import { capitalisedNameKeys, mentionKeys } from "./names.js";
import { stem } from "./stem.js";
import type { StoryInput, StoryTime } from "./types.js";
import { MONTHS, NEWS_GENERIC, STOPWORDS, WRITTEN_DATE_PATTERNS } from "./words.js";

export interface ArticleFeatures {
  /** Stemmed content term or month key ("@2023-12") -> sublinear count. */
  terms: Map<string, number>;
  /** Name key -> sublinear count. */
  names: Map<string, number>;
  /** Publication day (YYYY-MM-DD) or null. */
  day: string | null;
}

/** A number token keeps its inner separators ("2,300", "5.6"); a word its inner apostrophes. */
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;
/** Single digits ("2 dead") are too common to tell events apart; longer numbers often do. */
const MIN_NUMBER_LENGTH = 2;
const MIN_WORD_LENGTH = 2;

/** Content terms of a text: lower-case, stop words and generic news words out, stemmed. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of anyAscii(text.normalize("NFKC")).toLowerCase().matchAll(TOKEN)) {
    const token = match[0].replace(/['’]s$/, "");
    if (/^\p{N}/u.test(token)) {
      if (token.length >= MIN_NUMBER_LENGTH) terms.push(token);
    } else if (token.length >= MIN_WORD_LENGTH && !STOPWORDS.has(token) && !NEWS_GENERIC.has(token)) {
      terms.push(stem(token));
    }
  }
  return terms;
}

/** Month keys ("@YYYY-MM") of resolved time values, or of full dates written in the text. */
export function monthKeys(text: string, times: StoryTime[] | undefined): string[] {
  if (times) {
    return times
      .map((t) => /^(\d{4})-(0[1-9]|1[0-2])\b/.exec(t.value ?? ""))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `@${m[1]}-${m[2]}`);
  }
  const keys: string[] = [];
  const taken: Array<{ start: number; end: number }> = [];
  for (const pattern of WRITTEN_DATE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      // "24 Dec. 2023" matches both the day-first and the month-first pattern: count it once.
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      taken.push(span);
      const monthText = m.groups!.month!.toLowerCase();
      const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS.get(monthText);
      if (month) keys.push(`@${m.groups!.year}-${String(month).padStart(2, "0")}`);
    }
  }
  return keys;
}

/** Entity mentions of these types name where a report comes from, not who is in it. */
const SOURCE_TYPES = new Set(["MEDIA"]);

export function articleFeatures(doc: StoryInput, titleWeight: number): ArticleFeatures {
  const termCounts = new Map<string, number>();
  for (const term of contentTerms(doc.text)) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
  for (const term of contentTerms(doc.title ?? "")) termCounts.set(term, (termCounts.get(term) ?? 0) + titleWeight);

  // Months count as terms, not names: alone in the names vector of an article without
  // names, one shared month would make two unrelated articles' names "identical".
  const day = publicationDay(doc.published);
  const months = monthKeys(doc.text, doc.times);
  if (day) months.push(`@${day.slice(0, 7)}`);
  for (const key of months) termCounts.set(key, (termCounts.get(key) ?? 0) + 1);

  const nameCounts = new Map<string, number>();
  const names = doc.mentions
    ? doc.mentions.filter((m) => !SOURCE_TYPES.has(m.type)).flatMap((m) => mentionKeys(m.text))
    : capitalisedNameKeys(doc.text);
  for (const key of names) nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);

  return { terms: sublinear(termCounts), names: sublinear(nameCounts), day };
}

/** 1 + ln(count): the tenth mention of a word adds less than the second. */
function sublinear(counts: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, count] of counts) out.set(key, 1 + Math.log(count));
  return out;
}

/** YYYY-MM-DD of an ISO date or date-time; null when absent or not a date. */
export function publicationDay(published: string | null): string | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return null;
  return Number.isNaN(Date.parse(match[0])) ? null : match[0];
}
