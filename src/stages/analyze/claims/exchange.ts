/**
 * The principle of a prisoner exchange, by name ("one-for-one", "all-for-all") or as a
 * ratio ("30 Palestinian prisoners for every hostage" -> "30-for-one").
 */
import { EXCHANGE_LABELS, EXCHANGE_RATIO_TAIL, TENS_NUMBERS, UNIT_NUMBERS, WEAK_NUMBER_WORDS } from "./lexicon.js";
import type { Sentence } from "../types.js";
import { countValue } from "./votes.js";

export interface ExchangeMention {
  label: string;
  /** Absolute offsets of the phrase. */
  start: number;
  end: number;
}

/** The figure of a ratio: digits or a number word (never "a" or "no"), then the rest of the phrase. */
const EXCHANGE_RATIO = new RegExp(
  String.raw`\b(\d[\d,]*|${[...Object.keys(UNIT_NUMBERS), ...Object.keys(TENS_NUMBERS)].filter((w) => !WEAK_NUMBER_WORDS.has(w)).join("|")})` + EXCHANGE_RATIO_TAIL,
  "gi",
);

export function findExchangePrinciples(sentence: Pick<Sentence, "text" | "start">): ExchangeMention[] {
  const found: ExchangeMention[] = [];
  for (const { pattern, label } of EXCHANGE_LABELS) {
    for (const m of sentence.text.matchAll(pattern)) found.push({ label, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  for (const m of sentence.text.matchAll(EXCHANGE_RATIO)) {
    const n = countValue(m[1]!.replace(/,/g, ""));
    if (n === undefined || n < 2) continue;
    found.push({ label: `${n}-for-one`, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
