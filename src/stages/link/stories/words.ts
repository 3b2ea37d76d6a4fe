/**
 * Word lists and patterns of the story stage (data only; used by features.ts and names.ts).
 */

/** English function words: shared with the other stages (util/words.ts). */
export { STOPWORDS } from "../../../util/words.js";

/**
 * Words every news report uses whatever the event: reporting verbs, time words,
 * generic nouns. Left in, they make unrelated articles look alike before the IDF has
 * seen enough articles to know they are common.
 */
export const NEWS_GENERIC: ReadonlySet<string> = new Set(
  `said says say saying told tell tells telling according report reports reported reporting reporter reporters
  news statement statements added adding announced announce spokesman spokeswoman spokesperson source sources
  official officials people percent year years month months week weeks day days today yesterday tomorrow time
  times monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night last next first
  second third new including include includes included make made get got go going went come came take took
  well back just way part since later earlier ago recent recently now told also could would may might mr mrs ms
  dr according http https www com html htm php asp`.split(/\s+/),
);

/**
 * Capitalised words that are not names of the participants: titles, ranks, generic
 * institutions, calendar words, and sentence openers that are often capitalised.
 * Compared in lower case.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `mr mrs ms dr sir president vice prime minister ministers secretary general chief head leader leaders spokesman
  spokeswoman director deputy governor senator rep representative ambassador king queen prince sheikh gen col
  lt sgt capt cpt commander officer police army government ministry department office council committee agency
  court judge state states city county national international university north south east west northern southern
  eastern western central new old great january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
  saturday sunday today yesterday tomorrow am pm et gmt est edt pst pdt bst updated posted published
  read more share comment comments advertisement photo video image getty images file al el ad as ash an ar at az
  ibn bin abu`.split(/\s+/),
);

/**
 * Wire services and large outlets: named as the source of a report, not as part of
 * the event, and cited across every story they cover.
 */
export const OUTLET_NAMES: ReadonlySet<string> = new Set(
  `reuters ap afp efe xinhua upi dpa ansa bbc cnn nbc abc cbs fox msnbc npr pbs ap-news associated press tass ria
  interfax aljazeera jazeera qahera anadolu wafa mena kyodo yonhap bloomberg guardian times telegraph nytimes`.split(/\s+/),
);

/** Particles in front of Arabic names ("al-Nakhala", "el-Sisi"): dropped from name keys. */
export const NAME_PARTICLE = /^(?:al|el|ad|ed|as|es|ash|an|ar|at|az|ul)[-‐‑'’]/i;

/**
 * Romanisation variants folded together in a name key, applied in order to lower-case
 * ASCII. kh/j/h: the same Arabic letter is written "kh" in English and "j" in Spanish
 * wire copy (Nakhala / Najalah); q/k/c and ph/f, gh/g, th/t, dh/d, sh/s, ou/u: other
 * common transliteration pairs.
 */
export const ROMANISATION_RULES: ReadonlyArray<{ pattern: RegExp; replacement: string }> = [
  { pattern: /kh/g, replacement: "h" },
  { pattern: /j/g, replacement: "h" },
  { pattern: /ph/g, replacement: "f" },
  { pattern: /gh/g, replacement: "g" },
  { pattern: /th/g, replacement: "t" },
  { pattern: /dh/g, replacement: "d" },
  { pattern: /sh/g, replacement: "s" },
  { pattern: /ck|q|c/g, replacement: "k" },
  { pattern: /ou/g, replacement: "u" },
];

/** Month names and abbreviations -> month number, for dates written in the text. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].map(
    (name, i) => [name, i + 1] as const,
  ),
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].map(
    (abbr) => [abbr, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(abbr.slice(0, 3)) + 1] as const,
  ),
]);

const MONTH_ALTERNATIVES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");

/**
 * Full dates written in the text: "December 24, 2023", "24 December 2023",
 * "Dec. 2023", "2023-12-24". Only month and year are read (the story keys are months).
 */
export const WRITTEN_DATE_PATTERNS: ReadonlyArray<RegExp> = [
  new RegExp(`\\b(?<month>${MONTH_ALTERNATIVES})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?<year>(?:19|20)\\d{2})\\b`, "gi"),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?<month>${MONTH_ALTERNATIVES})\\.?,?\\s+(?<year>(?:19|20)\\d{2})\\b`, "gi"),
  /\b(?<year>(?:19|20)\d{2})-(?<month>0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g,
];
