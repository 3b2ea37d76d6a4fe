/**
 * Figures in a sentence: digits ("20,057", "2.3 million"), number words ("two
 * million", "fifteen hundred", "twenty-five"), hyphenated adjectives ("60-day",
 * "one-week", "week-long"), durations ("a week"), ranges ("between 30 and 40", "two or
 * three days"), each with the qualifier written before it ("over", "nearly", "as many
 * as"). Years, days of the month and numbers inside names are left out.
 */
import { DURATION_DAYS, NON_CLAIM_UNITS, QUALIFIER_PHRASES, SCALE_NUMBERS, TENS_NUMBERS, UNIT_NUMBERS, WEAK_NUMBER_WORDS } from "./lexicon.js";
import type { Token } from "./tokens.js";
import type { Qualifier } from "./types.js";

export interface NumberMention {
  /** Token indices [from, to) of the figure, its range and its unit; `qualifierFrom` <= from. */
  from: number;
  to: number;
  qualifierFrom: number;
  value: number;
  upper?: number;
  qualifier: Qualifier;
  /** "day" / "week" / "month" for durations; another unit word that makes it no claim ("percent", "year"); null for a count. */
  unit: string | null;
  /** Days per unit, for durations (a week is 7): the length is value x unitDays. */
  unitDays?: number;
  /** A hyphenated adjective ("60-day ceasefire"): the figure qualifies the next noun. */
  adjective: boolean;
}

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;

/** Qualifier phrases as token lists, longest first, so "an average of about" wins over "about". */
const QUALIFIERS = QUALIFIER_PHRASES.map((q) => ({ words: q.phrase.split(" "), qualifier: q.qualifier })).sort((a, b) => b.words.length - a.words.length);

/** Single words that start a qualifier ("Barely", "Nearly"): a capital there is a sentence start, not a name. */
const QUALIFIER_WORDS = new Set([...QUALIFIER_PHRASES.map((q) => q.phrase.split(" ")[0]!), "between"]);

function isNumberWord(word: string): boolean {
  return word in UNIT_NUMBERS || word in TENS_NUMBERS || word in SCALE_NUMBERS;
}

/** "twenty-five" -> 25; undefined when the word is not a compound of number words. */
function compoundValue(word: string): number | undefined {
  // Most tokens have no hyphen: checked first, as this runs for every token of every sentence.
  if (!word.includes("-")) return undefined;
  const parts = word.split("-");
  if (parts.length !== 2) return undefined;
  const tens = TENS_NUMBERS[parts[0]!];
  const unit = UNIT_NUMBERS[parts[1]!];
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

/** A run of number words from token i: its value and the index after it. */
function readWords(tokens: Token[], i: number): { value: number; next: number } | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let read = 0;
  while (j < tokens.length) {
    const w = tokens[j]!.lower;
    const compound = compoundValue(w);
    if (compound !== undefined) current += compound;
    else if (w in TENS_NUMBERS) current += TENS_NUMBERS[w]!;
    else if (w in UNIT_NUMBERS && !(read > 0 && WEAK_NUMBER_WORDS.has(w))) current += UNIT_NUMBERS[w]!;
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w in SCALE_NUMBERS) {
      total += (current || 1) * SCALE_NUMBERS[w]!;
      current = 0;
    } else if (w === "and" && read > 0 && tokens[j - 1]!.lower === "hundred" && isNumberWord(tokens[j + 1]?.lower ?? "")) {
      j++;
      continue;
    } else break;
    read++;
    j++;
  }
  if (read === 0) return undefined;
  const first = tokens[i]!.lower;
  // "a", "an", "no" are figures only before a scale or a unit: "a million", "a week".
  if (read === 1 && WEAK_NUMBER_WORDS.has(first) && first !== "one") {
    const next = tokens[j]?.lower ?? "";
    if (!(next in DURATION_DAYS) && !(next in SCALE_NUMBERS)) return undefined;
    // "200 trucks a day": a rate, not a duration of one day.
    if (next === "day") return undefined;
  }
  return { value: total + current, next: j };
}

/** Digits, with a scale word after them ("2.3 million"). */
function readDigits(tokens: Token[], i: number): { value: number; next: number } | undefined {
  const text = tokens[i]!.text;
  if (!DIGITS.test(text)) return undefined;
  let value = Number(text.replace(/,/g, ""));
  let next = i + 1;
  const scale = SCALE_NUMBERS[tokens[next]?.lower ?? ""];
  if (scale !== undefined) {
    value *= scale;
    next++;
  }
  return { value: Math.round(value), next };
}

function readFigure(tokens: Token[], i: number): { value: number; next: number } | undefined {
  return readDigits(tokens, i) ?? readWords(tokens, i);
}

/** "60-day", "one-week", "74-year-old", "week-long": the figure and its unit from one hyphenated token. */
function readAdjective(token: Token): { value: number; unit: string } | undefined {
  const parts = token.lower.split(/[-‐‑]/);
  if (parts.length < 2) return undefined;
  const [head, unit] = [parts[0]!, parts[1]!];
  if (parts.length === 2 && unit === "long" && head in DURATION_DAYS) return { value: 1, unit: head };
  const value = DIGITS.test(head) ? Number(head.replace(/,/g, "")) : (UNIT_NUMBERS[head] ?? TENS_NUMBERS[head]);
  if (value === undefined || (!(unit in DURATION_DAYS) && !NON_CLAIM_UNITS.has(unit))) return undefined;
  return { value, unit: parts.length > 2 ? parts.slice(1).join("-") : unit };
}

function qualifierBefore(tokens: Token[], from: number): { qualifier: Qualifier; start: number } {
  for (const q of QUALIFIERS) {
    const start = from - q.words.length;
    if (start < 0) continue;
    if (q.words.every((w, k) => tokens[start + k]!.lower === w)) return { qualifier: q.qualifier, start };
  }
  return { qualifier: "exact", start: from };
}

/** A year, a day of the month, a clock time or a number that is part of a name: not a figure. */
function isNotAFigure(tokens: Token[], i: number, value: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (/^\d{4}$/.test(token.text) && value >= 1900 && value <= 2100) return true;
  if (previous && MONTHS.has(previous.lower.replace(/\.$/, ""))) return true;
  if (next && MONTHS.has(next.lower) && /^\d{1,2}$/.test(token.text)) return true;
  if (next?.text === ":" || previous?.text === ":") return true;
  // "Channel 12 said", "Resolution 2720": digits right after a capitalised word, unless that word
  // starts a qualifier ("Barely 50") or the words around are all capitalised (a headline: "Israel Kills 50 People").
  if (
    previous && /^\d/.test(token.text) && /^\p{Lu}/u.test(previous.text) && !previous.punct && !QUALIFIER_WORDS.has(previous.lower) &&
    !(next && /^\p{Lu}/u.test(next.text))
  ) return true;
  return false;
}

/** Every figure of the sentence's tokens, left to right, none overlapping. */
export function findNumbers(tokens: Token[]): NumberMention[] {
  const found: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const mention = readAt(tokens, i);
    if (mention) {
      found.push(mention);
      i = mention.to;
    } else i++;
  }
  return found;
}

function readAt(tokens: Token[], i: number): NumberMention | undefined {
  const adjective = readAdjective(tokens[i]!);
  if (adjective) {
    const q = qualifierBefore(tokens, i);
    const unitDays = DURATION_DAYS[adjective.unit];
    return {
      from: i, to: i + 1, qualifierFrom: q.start, value: adjective.value, qualifier: q.qualifier, unit: adjective.unit, adjective: true,
      ...(unitDays !== undefined ? { unitDays } : {}),
    };
  }
  const figure = readFigure(tokens, i);
  if (!figure || isNotAFigure(tokens, i, figure.value)) return undefined;
  const value = figure.value;
  let next = figure.next;
  let upper: number | undefined;
  let q = qualifierBefore(tokens, i);
  // Ranges: "between 30 and 40", "30 to 40", "two or three days".
  const joiner = tokens[next]?.lower;
  if ((joiner === "and" && tokens[i - 1]?.lower === "between") || joiner === "to" || joiner === "or") {
    const second = tokens[next + 1] ? readFigure(tokens, next + 1) : undefined;
    if (second && second.value > value) {
      upper = second.value;
      next = second.next;
      q = tokens[i - 1]?.lower === "between" ? { qualifier: "range", start: i - 1 } : { qualifier: "range", start: q.start };
    }
  }
  const unitWord = tokens[next]?.lower ?? "";
  let unit: string | null = null;
  let unitDays: number | undefined;
  if (unitWord in DURATION_DAYS) {
    unit = unitWord.replace(/s$/, "");
    unitDays = DURATION_DAYS[unitWord]!;
    next++;
  } else if (NON_CLAIM_UNITS.has(unitWord) || unitWord === "%") {
    unit = unitWord;
    next++;
  }
  const mention: NumberMention = { from: i, to: next, qualifierFrom: q.start, value, qualifier: q.qualifier, unit, adjective: false };
  if (upper !== undefined) mention.upper = upper;
  if (unitDays !== undefined) mention.unitDays = unitDays;
  return mention;
}
