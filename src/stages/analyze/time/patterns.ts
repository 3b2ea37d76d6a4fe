/**
 * Word lists for the time expression recogniser and the tense reader, as data.
 *
 * Coupled to rules.ts (which builds its regular expressions from these tables) and to
 * tense.ts (which reads the cue lists). Every list is lower case; the recogniser matches
 * case-insensitively and checks capitalisation itself where it matters ("May", "March").
 */

/** Month names and their usual news abbreviations -> month number (1-12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Month words that are also ordinary English words: accepted only when capitalised,
 * and "may" only where a modal verb cannot stand (see rules.ts).
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "mar", "jan", "dec", "sep", "aug", "jun", "jul", "apr", "oct", "nov", "feb", "sept"]);

/** Weekday names -> ISO weekday (Monday 1 ... Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Number words -> value. Tens and units combine ("twenty-four"); "hundred" multiplies. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12, couple: 2, half: 0.5,
};

/** Amounts that give a count without a number: the value becomes "X" (TimeML "PXD"). */
export const VAGUE_AMOUNTS: readonly string[] = [
  "a few", "few", "several", "some", "many", "a number of", "dozens of", "hundreds of", "the next few", "a couple of",
];

/** Calendar units and their plural / adjective forms -> unit. */
export const UNITS: Readonly<Record<string, Unit>> = {
  second: "second", seconds: "second",
  minute: "minute", minutes: "minute",
  hour: "hour", hours: "hour",
  day: "day", days: "day",
  night: "night", nights: "night",
  week: "week", weeks: "week",
  fortnight: "fortnight", fortnights: "fortnight",
  month: "month", months: "month",
  quarter: "quarter", quarters: "quarter",
  year: "year", years: "year",
  decade: "decade", decades: "decade",
  century: "century", centuries: "century",
};

export type Unit = "second" | "minute" | "hour" | "day" | "night" | "week" | "fortnight" | "month" | "quarter" | "year" | "decade" | "century";

/** Ordinals used for days, quarters, halves and centuries. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21,
  "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};

/** Parts of the day -> TimeML code ("1998-01-20TEV"). */
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: "MO", afternoon: "AF", "mid-afternoon": "AF", "mid afternoon": "AF", evening: "EV", night: "NI",
};

export type PartOfDay = "MO" | "AF" | "EV" | "NI";

/** Seasons -> TimeML code ("1998-SU"). */
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI",
};

export type Season = "SP" | "SU" | "FA" | "WI";

/** Decades of the twentieth century by name ("the nineties") -> tens digit. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Words in front of a period that narrow it to a part ("early next week", "the end of November"). */
export const PERIOD_PARTS: Readonly<Record<string, Part>> = {
  early: "START", "the beginning of": "START", "the start of": "START", "beginning of": "START", "start of": "START",
  "the early": "START",
  mid: "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID", "the mid-": "MID",
  late: "END", "the end of": "END", "end of": "END", "the late": "END",
  earlier: "EARLIER", later: "LATER",
};

/** START/MID/END are TimeML's `mod`; EARLIER/LATER cut the period at the reference date. */
export type Part = "START" | "MID" | "END" | "EARLIER" | "LATER";

/** Relation words in front of a weekday, month, season or unit. */
export const RELATIONS: Readonly<Record<string, Relation>> = {
  this: "this", "this coming": "next", "this past": "last", coming: "next", next: "next", last: "last",
  past: "last", previous: "last", "the past": "last", "the previous": "last", "the coming": "next",
  "the next": "next", "the following": "next", following: "next", current: "this", "the current": "this",
  "the latest": "last",
};

export type Relation = "this" | "last" | "next";

/** Lexical references to the present, the past and the future (TimeML's *_REF values). */
export const REFERENCE_WORDS: Readonly<Record<string, Reference>> = {
  now: "PRESENT_REF", "right now": "PRESENT_REF", currently: "PRESENT_REF", "at present": "PRESENT_REF",
  presently: "PRESENT_REF", nowadays: "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
  "for the time being": "PRESENT_REF", current: "PRESENT_REF",
  recently: "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
  lately: "PAST_REF", "the past": "PAST_REF", "in recent times": "PAST_REF",
  soon: "FUTURE_REF", "very soon": "FUTURE_REF", shortly: "FUTURE_REF", "the future": "FUTURE_REF",
  "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF", "the near term": "FUTURE_REF",
  "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
  "a later date": "FUTURE_REF", "in due course": "FUTURE_REF",
};

export type Reference = "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";

/**
 * Modifiers kept inside a span because TimeML keeps them ("nearly two years",
 * "at least 30 days", "around 7:15 p.m."); they do not change the value. Prepositions
 * ("over", "within") stay out, as TimeML leaves them out.
 */
export const APPROXIMATORS: readonly string[] = [
  "about", "around", "approximately", "nearly", "almost", "roughly", "some", "more than", "less than", "fewer than",
  "at least", "at most", "up to", "no more than", "no less than", "just over", "just under", "well over", "barely",
];

/** Frequency adverbs -> TimeML SET value (TimeML writes "daily" as a calendar pattern) and the unit repeated. */
export const FREQUENCY_WORDS: Readonly<Record<string, { value: string; unit: Unit }>> = {
  hourly: { value: "PT1H", unit: "hour" }, daily: { value: "XXXX-XX-XX", unit: "day" },
  nightly: { value: "XXXX-XX-XXTNI", unit: "night" }, weekly: { value: "XXXX-WXX", unit: "week" },
  biweekly: { value: "P2W", unit: "week" }, fortnightly: { value: "P2W", unit: "week" },
  monthly: { value: "XXXX-XX", unit: "month" }, quarterly: { value: "XXXX-QX", unit: "quarter" },
  yearly: { value: "XXXX", unit: "year" }, annually: { value: "XXXX", unit: "year" },
};

/**
 * After a frequency adverb, these words show it is used as an adverb ("they meet weekly
 * in Cairo") rather than as an adjective before a noun ("a weekly magazine").
 */
export const ADVERB_FOLLOWERS: ReadonlySet<string> = new Set([
  "and", "or", "but", "since", "until", "through", "in", "on", "at", "for", "to", "from", "by", "with", "as",
  "during", "throughout", "after", "before", "over", "instead", "thereafter", "if", "when", "while", "because",
]);

/** Time zones written after a clock time ("5 p.m. EST"). */
export const TIME_ZONES: readonly string[] = [
  "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "eet", "eest",
  "ist", "jst", "msk", "local time", "cairo time", "gaza time",
];

/** Year spans not to read as years when written just before them ("1990 employees"). */
export const NOT_AFTER_YEAR: ReadonlySet<string> = new Set([
  "people", "persons", "employees", "workers", "troops", "soldiers", "residents", "prisoners", "hostages",
  "shares", "units", "tons", "tonnes", "barrels", "cars", "homes", "houses", "jobs", "votes", "members",
  "meters", "metres", "miles", "kilometers", "kilometres", "feet", "acres", "dollars", "euros", "pounds",
]);

/** Words before a four-digit number that make it a label, not a year ("Resolution 2139", "Flight 1990"). */
export const NOT_BEFORE_YEAR: ReadonlySet<string> = new Set([
  "resolution", "resolutions", "no", "number", "flight", "route", "room", "article", "section", "chapter", "page",
  "model", "version", "code", "highway", "bus", "line", "unit", "squadron", "brigade", "battalion", "division",
  "order", "decree", "law", "bill", "item", "case", "file", "box", "kilometre", "kilometer", "km", "mile",
]);

/* ------------------------------------------------------------------ tense cues */

/**
 * Future markers: a match near an expression makes it point forward. Multi-word cues
 * are written as regular-expression sources matched on the lower-cased sentence.
 */
export const FUTURE_CUES: readonly string[] = [
  "will", "'ll", "’ll", "shall", "won't", "won’t", "going to", "is to", "are to", "is due to", "are due to",
  "expected to", "expects to", "expect to", "plans to", "plan to", "planned to", "planning to", "intends to",
  "intend to", "aims to", "aim to", "hopes to", "hope to", "scheduled to", "scheduled for", "set to", "is set for",
  "would", "upcoming", "to be held", "due to begin", "next", "coming", "set for", "poised to", "about to",
  "likely to", "wants to", "want to", "seeks to", "is to be", "are to be", "expected", "scheduled", "due",
];

/** Present-tense auxiliaries: they make an expression "present" (resolved to the nearest date). */
export const PRESENT_CUES: readonly string[] = ["is", "are", "am", "remains", "remain", "continues", "continue"];

/** Irregular past forms common in news (regular "-ed" forms are recognised by shape). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  "said", "was", "were", "had", "did", "went", "came", "met", "told", "took", "made", "left", "began", "held",
  "gave", "got", "saw", "knew", "thought", "brought", "sent", "spoke", "wrote", "fell", "rose", "led", "won",
  "lost", "paid", "found", "became", "felt", "kept", "meant", "ran", "sat", "stood", "struck",
  "sought", "spent", "built", "broke", "chose", "drew", "drove", "flew", "fought", "forgot", "froze", "grew",
  "heard", "hung", "laid", "lay", "rode", "rang", "shot", "sold", "slid", "stole", "swore", "taught", "tore", "threw", "understood", "withdrew", "woke", "wore",
  "arose", "bought", "caught", "dealt", "fled", "forbade", "overtook", "undertook", "upheld", "withheld",
  "cited",
]);

/** Words that, in front of an "-ed" form, make it an adjective or a passive present, not a past tense. */
export const NOT_PAST_BEFORE_ED: ReadonlySet<string> = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "be", "being",
  "is", "are", "am", "will", "to", "more", "most", "very", "newly", "so", "well", "un",
]);

/** "-ed" words that are not verbs in the past tense. */
export const NOT_PAST_ED_WORDS: ReadonlySet<string> = new Set([
  "need", "speed", "feed", "seed", "bed", "red", "shed", "breed", "proceed", "succeed", "exceed", "indeed",
  "hundred", "based", "united", "related", "limited", "unnamed", "armed", "so-called", "called", "detailed",
  "proposed", "expected", "scheduled", "planned", "alleged", "wounded", "injured", "killed", "besieged",
  "occupied", "embattled", "advanced", "informed", "unidentified", "concerned", "interested", "qualified",
  "red", "sacred", "naked", "wicked", "beloved", "learned",
]);

/**
 * Words where a clause ends: a cue across one of them weighs less than one in the same
 * clause ("X said on Wednesday that it will ..."). Punctuation is handled apart.
 */
export const CLAUSE_BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  "that", "which", "who", "whom", "whose", "when", "while", "after", "before", "because", "but", "although",
  "though", "since", "until", "unless", "if", "where", "as", "and",
]);
