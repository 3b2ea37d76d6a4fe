/**
 * Names of things, not of persons, organisations or places: events, products and
 * works ("Watergate", "Internet Explorer", a film's title). The article gives them
 * away where it writes them as one:
 *   before a noun of a thing: "the Watergate scandal", "the Internet Explorer browser";
 *   after a noun of a work: "the film Twilight", "the sequel, Catching Fire",
 *   "the sequel to Twilight".
 * Once given away, the name is a thing everywhere in the article ("Watergate" alone,
 * "in Internet Explorer"), unless stronger evidence types one of its mentions: a
 * gazetteer entry, a title, a given name, a head word, or a person's surname.
 */
import { isCapitalised } from "./candidates.js";
import { LOC_PREFIXES } from "./cues.js";
import { isGameReport } from "./game-reports.js";
import type { DocumentContext, Found } from "./records.js";
import { wordsText } from "./tokens.js";
import type { Word } from "./tokens.js";

/**
 * Nouns after a name that make the name itself a thing: "the Watergate scandal", "the
 * Internet Explorer browser". Nouns of things named after someone ("the Bush rule",
 * "the Obama era") are left out: the name alone is still the person.
 */
export const THING_HEADS = new Set([
  "scandal", "browser", "software", "movie", "film", "franchise", "sequel", "prequel", "album", "song", "novel",
  "sitcom", "virus", "flaw", "vulnerability", "vulnerabilities", "exploit", "break-in", "cover-up", "coverup",
  "browsers", "movies", "films", "albums", "songs", "novels", "viruses", "flaws", "exploits",
]);

/** Nouns after an acronym that make it an offence, not an organisation: "a DUI charge", "his DWI arrest". */
const OFFENCE_HEADS = new Set(["charge", "charges", "arrest", "arrests", "conviction", "convictions", "suspicion", "offense", "offence"]);

/** Words before an acronym that make it an offence: "arrested for DUI", "charged with DWI", "suspicion of DUI". */
const OFFENCE_BEFORE = new Set(["suspicion", "charged", "arrested", "convicted", "guilty", "accused"]);

/** Nouns of works before their title: "the film Twilight", "the sequel, Catching Fire". */
export const WORK_NOUNS = new Set([
  "film", "movie", "sequel", "prequel", "novel", "book", "memoir", "album", "song", "single", "musical", "sitcom",
  "franchise", "documentary", "play", "opera", "browser", "software", "app",
]);

/** Works named with "to" after: "the sequel to Twilight". */
const WORK_NOUNS_WITH_TO = new Set(["sequel", "prequel", "follow-up", "remake"]);

/** Nouns of software changes before "for" and the program: "a security update for Internet Explorer". */
const SOFTWARE_NOUNS_WITH_FOR = new Set(["patch", "patches", "update", "updates", "fix", "fixes", "upgrade", "workaround"]);

/** Punctuation between a work's noun and its title: "the sequel, Catching Fire", "the film 'Twilight'". */
const APPOSITION_MARKS = new Set([",", "'", "‘", "“", '"', "``", "`", ":"]);

/** Determiners before a model year: "a 2013 Toyota Camry", "his 2009 Bentley". */
const MODEL_DETERMINERS = new Set(["a", "an", "his", "her", "their", "its", "my", "our", "your"]);

/** Highest number read as a version after a name ("Windows 10"); higher ones are scores and counts. */
const MAX_VERSION = 20;

/** Longest name, in words, read as a thing. */
const MAX_THING_WORDS = 4;

/** Evidence that outweighs the article's reading of a name as a thing. */
const STRONGER = new Set<Found["evidence"]>(["gazetteer", "title", "given-name", "head"]);

/** Keys (by `keyOf`) of the names the article writes as things. */
export function thingNames(context: DocumentContext, keyOf: (text: string) => string): Set<string> {
  const things = new Set<string>();
  const scores = isGameReport(context); // "Drake 5": in a game report a small number after a name is a score
  for (const words of context.words) {
    for (let i = 0; i < words.length; i++) {
      const lower = words[i]!.text.toLowerCase();
      if (THING_HEADS.has(lower)) addRunBefore(words, i, things, keyOf);
      if (WORK_NOUNS.has(lower) || WORK_NOUNS_WITH_TO.has(lower)) addRunAfter(words, i, things, keyOf);
      if (!scores && isVersionNumber(words, i) && isCapitalised(words[i - 1]!) && !LOC_PREFIXES.has(words[i - 1]!.text.toLowerCase())) {
        addRunBefore(words, i, things, keyOf);
      }
      if (isModelYear(words, i)) addRunAfter(words, i, things, keyOf);
      if (isAcronym(words[i]) && isOffence(words, i)) things.add(keyOf(words[i]!.text));
      if (SOFTWARE_NOUNS_WITH_FOR.has(lower) && words[i + 1]?.text === "for") addRunAfter(words, i + 1, things, keyOf);
    }
  }
  return things;
}

/** Is this found name one of the article's things, with no stronger evidence of its own? */
export function isThing(f: Found, things: Set<string>, surnames: Set<string>, keyOf: (text: string) => string): boolean {
  if (STRONGER.has(f.evidence)) return false;
  const key = keyOf(f.text);
  return things.has(key) && !surnames.has(key);
}

/**
 * "a gray 2013 Toyota Camry", "his 2009 Bentley": a year between a determiner or an
 * adjective and a name makes the name a product's (a model year), unless a noun
 * follows the name ("a 2001 Bush policy change": the name modifies the noun). "in 2013", "the
 * 2008 Beijing Olympics" are no model years: a preposition, or a name listed or
 * headed, which the thing reading leaves alone.
 */
export function isModelYear(words: Word[], i: number): boolean {
  if (!/^(?:19|20)\d\d$/.test(words[i]!.text)) return false;
  const before = words[i - 1];
  const after = words[i + 1];
  if (!before || !after || !isCapitalised(after)) return false;
  let end = i + 1;
  while (end < words.length && isCapitalised(words[end]!)) end++;
  if (words[end]?.pos === "NOUN" && /^\p{Ll}/u.test(words[end]!.text)) return false; // "a 2001 Bush policy": a modifier, not a model
  // "a gray 2013", "a silver 2012": the colour is tagged as an adjective or a noun
  return MODEL_DETERMINERS.has(before.text.toLowerCase()) || (["ADJ", "NOUN"].includes(before.pos) && /^\p{Ll}/u.test(before.text));
}

function isAcronym(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}{2,5}$/u.test(word.text);
}

/** "a DUI charge", "arrested on suspicion of DUI", "charged with DWI", "arrested for suspicion DUI". */
function isOffence(words: Word[], i: number): boolean {
  if (OFFENCE_HEADS.has(words[i + 1]?.text.toLowerCase() ?? "")) return true;
  const before = words[i - 1]?.text.toLowerCase() ?? "";
  if (OFFENCE_BEFORE.has(before)) return true;
  return ["of", "for", "with", "on"].includes(before) && OFFENCE_BEFORE.has(words[i - 2]?.text.toLowerCase() ?? "");
}

/**
 * "Internet Explorer 8", "Windows 8.1": a small number right after a name, not a
 * score or a count ("Creighton 65", "Colts 31-24", "Drake 5, 3").
 */
function isVersionNumber(words: Word[], i: number): boolean {
  if (i === 0 || !/^\d{1,2}(?:\.\d)?$/.test(words[i]!.text) || Number(words[i]!.text) > MAX_VERSION) return false;
  if (words[i - 1]!.end === words[i]!.start) return false; // "A4" is one code
  const next = words[i + 1]?.text ?? "";
  return ![",", "-", "–", "to", "of", "points"].includes(next);
}

/**
 * "the Internet Explorer browser", "its Internet Explorer Web browser", "the Internet
 * Explorer (IE) browser": every part of the capitalised run before the noun, an
 * acronym in brackets skipped ("Internet Explorer", "Explorer", "Internet Explorer Web").
 */
function addRunBefore(words: Word[], noun: number, things: Set<string>, keyOf: (text: string) => string): void {
  let end = noun;
  // "the Internet Explorer web browser": one noun or adjective may modify the head.
  if (/^\p{Ll}/u.test(words[end - 1]?.text ?? "") && ["NOUN", "ADJ"].includes(words[end - 1]!.pos)) end--;
  if (words[end - 1]?.text === ")" && words[end - 3]?.text === "(") end -= 3;
  let from = end;
  while (from > 0 && end - from < MAX_THING_WORDS && isCapitalised(words[from - 1]!)) from--;
  for (let a = from; a < end; a++) for (let b = a + 1; b <= end; b++) things.add(keyOf(wordsText(words, a, b)));
}

/** "the film Twilight", "the sequel, Catching Fire", "the sequel to Twilight": the whole capitalised run. */
function addRunAfter(words: Word[], noun: number, things: Set<string>, keyOf: (text: string) => string): void {
  let from = noun + 1;
  const between = words[from]?.text.toLowerCase() ?? "";
  if (APPOSITION_MARKS.has(between) || (between === "to" && WORK_NOUNS_WITH_TO.has(words[noun]!.text.toLowerCase()))) from++;
  if (APPOSITION_MARKS.has(words[from]?.text ?? "")) from++;
  let to = from;
  while (to < words.length && to - from < MAX_THING_WORDS && isCapitalised(words[to]!)) to++;
  if (to > from) things.add(keyOf(wordsText(words, from, to)));
}
