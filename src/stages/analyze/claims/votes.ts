/**
 * Vote tallies: "13-0 with two abstentions", "14-0, with one abstention", "153 votes in
 * favour, 10 against and 23 abstentions", "by 12 votes to 3", "13-0 with the United
 * States and Russia abstaining" (two abstentions: the parties named are counted).
 */
import { TENS_NUMBERS, UNIT_NUMBERS, VOTE_CONTEXT } from "./lexicon.js";
import type { Sentence } from "../types.js";
import type { VoteValue } from "./types.js";

export interface VoteMention {
  value: VoteValue;
  /** Absolute offsets of the tally ("13-0"). */
  start: number;
  end: number;
}

/** "13" or "thirteen" or "none" -> number; undefined for anything else. */
export function countValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in UNIT_NUMBERS) return UNIT_NUMBERS[w];
  if (w in TENS_NUMBERS) return TENS_NUMBERS[w];
  const [tens, unit] = w.split("-");
  if (tens !== undefined && unit !== undefined && tens in TENS_NUMBERS && unit in UNIT_NUMBERS) return TENS_NUMBERS[tens]! + UNIT_NUMBERS[unit]!;
  return undefined;
}

const TALLY = /\b(\d{1,3})\s*[-–—]\s*(\d{1,3})\b(?![-–—]?\s*(?:day|week|month|year|member|hour))/g;
const BY_VOTES = /\bby\s+(\d{1,3}|[a-z-]+)\s+votes?\s+to\s+(\d{1,3}|[a-z-]+)\b/gi;
const IN_FAVOUR = /\b(\d{1,3}|[a-z-]+)\s+votes?\s+in\s+favou?r(?:\s+of\s+[^,]+?)?,\s*(\d{1,3}|[a-z-]+)\s+(?:votes?\s+)?against(?:,)?(?:\s+and)?(?:\s+(\d{1,3}|[a-z-]+)\s+abstentions?)?/gi;

const ABSTENTIONS = /\b(?:with\s+)?(\d{1,3}|[a-z-]+)\s+abstentions?\b|\b(\d{1,3}|[a-z-]+)\s+(?:members?\s+|countries\s+|states\s+)?abstained\b/i;
const ABSTAINING = /\bwith\s+((?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)(?:(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)*)\s+abstaining\b/;

/** Abstentions written after the tally: a count, or the parties named as abstaining. */
function abstentionsAfter(rest: string): number | null {
  const counted = ABSTENTIONS.exec(rest);
  if (counted) {
    const n = countValue(counted[1] ?? counted[2] ?? "");
    if (n !== undefined) return n;
  }
  const named = ABSTAINING.exec(rest.replace(/\bthe\s+(?=[A-Z])/g, ""));
  if (named) return named[1]!.split(/,\s*|\s+and\s+/).filter((p) => p.trim() !== "").length;
  return null;
}

export function findVotes(sentence: Pick<Sentence, "text" | "start">): VoteMention[] {
  const text = sentence.text;
  if (!VOTE_CONTEXT.test(text)) return [];
  const found: VoteMention[] = [];
  const add = (index: number, length: number, value: VoteValue) => {
    if (found.some((f) => f.start < sentence.start + index + length && sentence.start + index < f.end)) return;
    found.push({ value, start: sentence.start + index, end: sentence.start + index + length });
  };
  for (const m of text.matchAll(IN_FAVOUR)) {
    const yes = countValue(m[1]!);
    const no = countValue(m[2]!);
    if (yes === undefined || no === undefined) continue;
    const abstain = m[3] !== undefined ? (countValue(m[3]) ?? null) : abstentionsAfter(text.slice(m.index + m[0].length));
    add(m.index, m[0].length, { type: "vote", for: yes, against: no, abstain });
  }
  for (const m of [...text.matchAll(TALLY), ...text.matchAll(BY_VOTES)]) {
    const yes = countValue(m[1]!);
    const no = countValue(m[2]!);
    if (yes === undefined || no === undefined || yes < no) continue;
    add(m.index, m[0].length, { type: "vote", for: yes, against: no, abstain: abstentionsAfter(text.slice(m.index + m[0].length)) });
  }
  return found.sort((a, b) => a.start - b.start);
}
