/**
 * Regular-expression fragments built from the word lists in patterns.ts, and the
 * readers that turn the matched words back into numbers. Shared by rules.ts.
 */
import {
  APPROXIMATORS, MONTHS, NUMBER_WORDS, ORDINALS, TIME_ZONES, UNITS, VAGUE_AMOUNTS, WEEKDAYS,
} from "./patterns.js";

/** Alternation of literal words, longest first so that "sept" wins over "sep". Spaces match any white space. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/** Start of a word: no letter or digit just before. */
export const B = "(?<![\\p{L}\\p{N}_])";
/** End of a word: no letter or digit just after. */
export const E = "(?![\\p{L}\\p{N}_])";

const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
export const MONTH_ANY = alt(Object.keys(MONTHS));
export const MONTH_FULL = alt(Object.keys(MONTHS).filter((m) => !MONTH_ABBREVIATIONS.has(m)));
export const WEEKDAY = alt(Object.keys(WEEKDAYS));
export const UNIT = alt(Object.keys(UNITS));
export const APPROX = alt(APPROXIMATORS);
export const VAGUE = alt(VAGUE_AMOUNTS);
export const ORDINAL = alt(Object.keys(ORDINALS));
export const TIME_ZONE = alt(TIME_ZONES);

export const CARDINAL_WORD_SOURCE = alt(Object.keys(NUMBER_WORDS).filter((w) => !["a", "an", "couple", "half", "dozen"].includes(w)));
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const ONES = "one|two|three|four|five|six|seven|eight|nine";

/**
 * Longest chain of number words after the first ("two hundred and fifty-five thousand"
 * is five more): bounded so that a run of number words costs linear time, not quadratic.
 */
const MAX_NUMBER_WORDS = 6;

/** A cardinal written in digits or words: "60", "2 1/2", "twenty-four", "a hundred", "a couple of", "a". */
export const NUMBER = [
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+\\d\\/\\d|\\s+and\\s+a\\s+half)?",
  // "a hundred", "a thousand": the article counts; before other numbers ("a five-year low") it does not.
  `(?:an?\\s+(?=hundred|thousand))?(?:${CARDINAL_WORD_SOURCE})(?:[\\s-]+(?:and\\s+)?(?:${CARDINAL_WORD_SOURCE})){0,${MAX_NUMBER_WORDS}}(?:\\s+and\\s+a\\s+half)?`,
  "a\\s+couple\\s+of", "couple\\s+of", "a\\s+dozen", "half\\s+an?", "an?",
].join("|");

/** Spelled-out years of broadcast transcripts: "nineteen ninety-six", "two thousand and one". */
export const SPELLED_YEAR =
  `nineteen[\\s-]+(?:(?:${TENS})(?:[\\s-]+(?:${ONES}))?|${TEENS}|hundred(?:\\s+and\\s+(?:${ONES}))?)` +
  `|two\\s+thousand(?:(?:\\s+and)?[\\s-]+(?:${TEENS}|${ONES}|(?:${TENS})(?:[\\s-]+(?:${ONES}))?))?`;

/** A year in digits (1600-2099) or spelled out, as a named group. */
export function yearGroup(name: string): string {
  return `(?<${name}>(?:1[6-9]|20)\\d{2}|${SPELLED_YEAR})`;
}

/** Reads a number written by NUMBER; null when the words do not make a number. */
export function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().trim().replace(/,(?=\d{3})/g, "");
  if (/^half\s+an?$/.test(text)) return 0.5;
  if (/^(?:a\s+)?couple\s+of$/.test(text)) return 2;
  if (/^a\s+dozen$/.test(text)) return 12;
  let half = 0;
  let body = text;
  const andHalf = /\s+and\s+a\s+half$/.exec(body);
  if (andHalf) {
    half = 0.5;
    body = body.slice(0, andHalf.index);
  }
  const fraction = /^(\d+(?:\.\d+)?)?\s*(?:(\d)\/(\d))?$/.exec(body);
  if (fraction && (fraction[1] !== undefined || fraction[2] !== undefined)) {
    const whole = fraction[1] === undefined ? 0 : Number(fraction[1]);
    const part = fraction[2] === undefined ? 0 : Number(fraction[2]) / Number(fraction[3]);
    return whole + part + half;
  }
  const value = parseNumberWords(body);
  return value === null ? null : value + half;
}

function parseNumberWords(text: string): number | null {
  let total = 0;
  let current = 0;
  for (const word of text.split(/[\s-]+/)) {
    if (word === "and" || word === "") continue;
    const value = NUMBER_WORDS[word];
    if (value === undefined) return null;
    if (word === "hundred" || word === "thousand") {
      current = (current === 0 ? 1 : current) * value;
      if (word === "thousand") {
        total += current;
        current = 0;
      }
    } else {
      current += value;
    }
  }
  return total + current;
}

/** Reads a year written by yearGroup: "1998", "nineteen ninety-six", "two thousand". */
export function parseYear(raw: string): number | null {
  const text = raw.toLowerCase().trim();
  if (/^\d{4}$/.test(text)) return Number(text);
  const nineteen = /^nineteen[\s-]+(.*)$/.exec(text);
  if (nineteen) {
    const rest = nineteen[1]!.replace(/^hundred(\s+and)?/, "").trim();
    const tail = rest === "" ? 0 : parseNumberWords(rest);
    return tail === null ? null : 1900 + tail;
  }
  const thousand = /^two\s+thousand(?:\s+and)?\s*(.*)$/.exec(text);
  if (thousand) {
    const tail = thousand[1]!.trim() === "" ? 0 : parseNumberWords(thousand[1]!.trim());
    return tail === null ? null : 2000 + tail;
  }
  return null;
}

/** Lower-cased, white space collapsed: the key form for the word tables. */
export function normalizeWords(raw: string): string {
  return raw.toLowerCase().replace(/\s+/g, " ").trim();
}
