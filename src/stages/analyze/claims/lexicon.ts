/**
 * Word lists and patterns of the claims stage: general English news vocabulary for
 * figures, reporting, hedging and negotiating positions. Data only; the code that
 * reads them is in numbers.ts, quantities.ts, attribution.ts, hedges.ts, positions.ts.
 */
import type { HedgeKind, Qualifier, Stance } from "./types.js";

// ---------------------------------------------------------------- numbers

export const UNIT_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  none: 0, no: 0, a: 1, an: 1, single: 1, dozen: 12,
};

export const TENS_NUMBERS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words; "hundred" multiplies what came before it ("fifteen hundred" = 1500). */
export const SCALE_NUMBERS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Words that are numbers only before a unit or a scale ("a week", "a dozen"), never alone. */
export const WEAK_NUMBER_WORDS = new Set(["a", "an", "no", "none", "single", "one"]);

/**
 * Qualifier phrases written before a figure, longest first when matched (numbers.ts
 * sorts them). "closer to 50" and "some 3,400" are approximations; "barely 50" and "as
 * many as 200" are ceilings.
 */
export const QUALIFIER_PHRASES: Array<{ phrase: string; qualifier: Qualifier }> = [
  { phrase: "more than", qualifier: "more-than" },
  { phrase: "over", qualifier: "more-than" },
  { phrase: "upwards of", qualifier: "more-than" },
  { phrase: "in excess of", qualifier: "more-than" },
  { phrase: "above", qualifier: "more-than" },
  { phrase: "passed", qualifier: "more-than" },
  { phrase: "surpassed", qualifier: "more-than" },
  { phrase: "exceeded", qualifier: "more-than" },
  { phrase: "at least", qualifier: "at-least" },
  { phrase: "no fewer than", qualifier: "at-least" },
  { phrase: "no less than", qualifier: "at-least" },
  { phrase: "a minimum of", qualifier: "at-least" },
  { phrase: "fewer than", qualifier: "less-than" },
  { phrase: "less than", qualifier: "less-than" },
  { phrase: "under", qualifier: "less-than" },
  { phrase: "below", qualifier: "less-than" },
  { phrase: "up to", qualifier: "at-most" },
  { phrase: "as many as", qualifier: "at-most" },
  { phrase: "as much as", qualifier: "at-most" },
  { phrase: "at most", qualifier: "at-most" },
  { phrase: "no more than", qualifier: "at-most" },
  { phrase: "a maximum of", qualifier: "at-most" },
  { phrase: "barely", qualifier: "at-most" },
  { phrase: "only", qualifier: "at-most" },
  { phrase: "nearly", qualifier: "nearly" },
  { phrase: "almost", qualifier: "nearly" },
  { phrase: "just under", qualifier: "nearly" },
  { phrase: "close to", qualifier: "about" },
  { phrase: "closer to", qualifier: "about" },
  { phrase: "about", qualifier: "about" },
  { phrase: "around", qualifier: "about" },
  { phrase: "roughly", qualifier: "about" },
  { phrase: "approximately", qualifier: "about" },
  { phrase: "some", qualifier: "about" },
  { phrase: "an estimated", qualifier: "about" },
  { phrase: "estimated", qualifier: "about" },
  { phrase: "an average of about", qualifier: "about" },
  { phrase: "an average of", qualifier: "about" },
];

/** Units of time a figure can carry, in days. A month is counted as 30 days (only used to compare truce lengths). */
export const DURATION_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30 };

/** Units that make a figure something other than a count worth claiming ("85 percent", "74-year-old", "24 hours"). */
export const NON_CLAIM_UNITS = new Set(["percent", "per", "%", "year", "years", "old", "hour", "hours", "minute", "minutes", "member", "members", "km", "kilometres", "kilometers", "miles", "metres", "meters", "times", "round", "rounds", "point", "points", "stage", "stages", "phase", "phases"]);

// ---------------------------------------------------------------- what a figure counts

/** Words naming a truce, for truce lengths ("60-day ceasefire", "extend the truce by 60 days"). */
export const TRUCE_WORDS = new Set([
  "truce", "truces", "ceasefire", "ceasefires", "cease-fire", "pause", "calm", "lull", "extension", "armistice", "cessation", "respite",
]);

/** A word after a duration that makes it something other than the truce's length ("60 days after the truce begins"). */
export const NOT_A_LENGTH_AFTER = new Set(["after", "before", "into", "ago", "since", "later", "earlier", "from"]);
/** ... or before it ("within two weeks", "for the past three days"). */
export const NOT_A_LENGTH_BEFORE = new Set(["within", "after", "in", "past", "last", "next", "every", "each", "per"]);

export const HOSTAGE_NOUNS = new Set(["hostages", "hostage", "captives", "captive", "abductees", "abductee", "israelis"]);
export const PRISONER_NOUNS = new Set(["prisoners", "prisoner", "detainees", "detainee", "inmates"]);
export const TRUCK_NOUNS = new Set(["trucks", "truck", "lorries", "lorry", "vehicles", "truckloads"]);
export const COUNTRY_NOUNS = new Set(["countries", "nations", "states", "governments"]);
export const PEOPLE_NOUNS = new Set([
  "people", "persons", "palestinians", "israelis", "civilians", "children", "women", "men", "minors", "residents", "others",
  "soldiers", "fighters", "militants", "patients", "journalists", "workers", "staff", "teenagers", "infants", "babies", "elderly",
  "inhabitants", "gazans", "individuals", "adults", "girls", "boys", "families", "dead", "wounded", "injured",
]);
/** Words that stand for a figure already named ("put the figure at 200", "the daily number closer to 50"). */
export const FIGURE_NOUNS = new Set(["figure", "number", "total", "toll", "tally", "count"]);

/** Nationality words that say which side a released or held person belongs to. */
export const HOSTAGE_SIDE_WORDS = new Set(["israeli", "israelis", "foreign", "thai"]);
export const PRISONER_SIDE_WORDS = new Set(["palestinian", "palestinians"]);

/** Cue classes for what happens to the people a figure counts, as word lists (single words, lower case). */
export type CueClass = "killed" | "injured" | "released" | "held" | "displaced" | "population";

export const CUE_WORDS: Record<CueClass, string[]> = {
  killed: ["killed", "kill", "kills", "killing", "dead", "deaths", "death", "died", "die", "fatalities", "martyred", "toll", "lives"],
  injured: ["injured", "injuring", "injuries", "wounded", "wounding", "hurt"],
  released: ["released", "release", "releasing", "freed", "free", "freeing", "exchange", "exchanged", "swap", "swapped", "handed", "returned"],
  held: ["held", "holds", "hold", "holding", "captivity", "detained", "detains", "jailed", "imprisoned", "jails", "prisons"],
  displaced: ["displaced", "displacement", "fled", "flee", "fleeing", "uprooted", "homeless"],
  population: ["residents", "inhabitants", "population", "living", "live", "home"],
};

/** A figure directly after a place's possessive counts its people ("Gaza's 2.2 million people"). */
export const POSSESSIVE_PLACE_WORDS = new Set(["strip's", "enclave's", "territory's", "city's", "country's", "region's"]);

/** Per-day markers after a figure ("200 trucks a day", "every day", "on a good day") or before it ("the daily number"). */
export const PER_DAY_AFTER = /\b(?:a|per|each|every|an average|a good|a typical|a normal)\s+day\b|\bdaily\b/i;
export const PER_DAY_BEFORE = /\b(?:daily|per[- ]day)\b/i;

/** Sentence words that make "13-0" a vote. */
export const VOTE_CONTEXT = /\b(?:vot(?:e|es|ed|ing)|resolution|council|assembly|ballot|adopted|passed|approved|abstain(?:ed|ing)?|abstentions?|in favou?r)\b/i;

// ---------------------------------------------------------------- attribution

/**
 * Reporting verbs, multi-word ones first. "put the figure at" and "spoke of" introduce a
 * figure rather than a clause.
 */
export const REPORTING_VERBS = [
  "put the death toll at", "put the toll at", "put the figure at", "put the number at", "put the total at", "put the figure",
  "put the number", "put the toll", "put it to", "put it",
  "spoke of", "spoken of", "speak of", "speaks of", "was quoted as saying", "were quoted as saying", "quoted as saying",
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "stressed", "stresses", "noted", "notes", "stated", "states",
  "announced", "announces", "indicated", "indicates", "indicate", "mentioned", "revealed", "reveals", "confirmed", "confirms",
  "explained", "insisted", "warned", "warns", "claimed", "claims", "argued", "argue", "argues", "emphasized", "emphasised",
  "emphasize", "emphasise", "emphasizes", "suggested", "suggest", "suggests", "reported", "report", "reports", "cautioned",
  "caution", "cautions", "predicted", "denied", "denies", "acknowledged", "declared", "affirmed", "asserted", "reiterated",
  "wrote", "estimated", "estimate", "estimates", "maintained", "conceded", "disclosed",
];

/** Verbs whose content is a figure, not a clause: the content starts right after them. */
export const FIGURE_VERBS = new Set([
  "put the death toll at", "put the toll at", "put the figure at", "put the number at", "put the total at", "put the figure", "put the number",
  "put the toll", "spoke of", "spoken of", "speak of", "speaks of",
]);

/** Nouns that can head a speaker ("a Palestinian diplomatic source", "Aid officials", "witnesses"). */
export const SPEAKER_HEADS = new Set([
  "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister", "ministry",
  "diplomat", "diplomats", "member", "members", "leader", "leaders", "leadership", "analyst", "analysts", "observer", "observers",
  "critic", "critics", "report", "reports", "media", "outlet", "outlets", "agency", "agencies", "television", "tv", "newspaper",
  "statement", "people", "person", "resident", "residents", "witness", "witnesses", "relative", "mother", "father", "negotiator",
  "negotiators", "mediator", "mediators", "officer", "commander", "president", "envoy", "ambassador", "aide", "adviser", "advisor",
  "volunteer", "driver", "army", "military", "government", "office", "authorities", "authority", "movement", "group", "groups",
  "estimates", "figures", "press", "council", "committee", "cabinet", "police", "doctor", "doctors", "workers", "worker", "staff",
  "team", "delegation", "premier", "chief", "head", "director", "secretary-general", "secretary", "coordinator", "presidency",
]);

export const SPEAKER_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);

/** Heads of a link that relays rather than originates ("Israeli media", "state television", "Reports in the press"). */
export const MEDIA_HEADS = new Set([
  "media", "outlet", "outlets", "report", "reports", "television", "tv", "newspaper", "newspapers", "daily", "agency", "broadcaster",
  "channel", "radio", "press", "website", "wire", "network", "reporting",
]);

/** Words that mark a capitalised name as a news outlet when the recogniser did not ("the Delta Courier", "Channel 12"). */
export const MEDIA_NAME_WORDS = new Set([
  "news", "wire", "post", "times", "daily", "courier", "tribune", "observer", "herald", "monitor", "dispatch", "gazette", "journal",
  "tv", "radio", "channel", "agency", "press", "television", "arabiya", "jazeera", "telegraph", "guardian", "chronicle", "star",
  "today", "express", "mail", "insider", "review", "record", "sun", "mirror", "standard",
]);

/** Definite noun heads that refer back to a speaker named before ("The source added", "the official told"). */
export const ANAPHOR_HEADS = new Set([
  "source", "sources", "official", "officials", "diplomat", "diplomats", "member", "spokesman", "spokeswoman", "spokesperson",
  "minister", "envoy", "negotiator", "negotiators", "mediator", "mediators", "aide", "adviser", "leader", "commander", "relative",
  "witness", "driver", "person", "analyst", "volunteer", "worker",
]);

/** First words that cannot start a speaker ("far fewer than Egyptian officials have claimed"). */
export const BAD_SUBJECT_START = new Set([
  "than", "far", "fewer", "more", "less", "as", "since", "because", "when", "if", "after", "before", "until", "to", "of", "in",
  "what", "which", "who", "whom", "where", "how", "why", "it", "there", "this", "that", "these", "those",
]);

/** Words after which a comma part is an apposition, not the subject ("The source, who spoke..., said"). */
export const APPOSITION_START = /^\s*(?:who|which|whose|speaking|asking|declining|requesting|quoted|cited|citing|according|on condition|not authori[sz]ed)\b/i;

/** Auxiliaries and adverbs stripped from the end of a speaker ("Hamas has reportedly" -> "Hamas"). */
export const SUBJECT_TAIL_WORDS = new Set([
  "has", "have", "had", "was", "were", "is", "are", "also", "reportedly", "previously", "repeatedly", "firmly", "again", "later",
  "earlier", "separately", "publicly", "only", "then", "would", "will", "could", "may", "might", "did", "does", "do", "not",
  "never", "already", "recently", "privately", "once", "further", "allegedly", "officially", "initially", "subsequently",
  "quickly", "clearly", "openly", "explicitly", "first", "last", "just", "been",
]);

/** Clause breaks: text after one of these starts a new clause with its own subject. */
export const CLAUSE_BREAK = /(?:[;:—–]|,\s*(?:while|whereas|but|and)\s|\s(?:while|whereas)\s)/g;

/** Subordinators: a clause after a reporting verb that starts with one of these is not what was said. */
export const SUBORDINATORS = new Set(["since", "because", "when", "if", "after", "before", "until", "although", "though", "as", "while", "unless", "whether"]);

/** Time phrases that may sit between a reporting verb and what was said ("said on Wednesday that"). */
export const TIME_AFTER_VERB = /^\s*(?:(?:late|early)\s+)?(?:on|last|this|earlier|later|in)\s+(?:\w+\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|day|night|morning|evening|afternoon|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d+)\b\.?(?:\s+\d{1,2})?/i;

/** Phrases between a reporting verb and what was said ("said in a statement", "said on condition of anonymity"). */
export const MANNER_AFTER_VERB = /^\s*(?:,\s*)?(?:in\s+a\s+(?:joint\s+)?(?:statement|interview|briefing|post|video|speech|televised address)|on\s+condition\s+of\s+anonymity|only|publicly|privately|separately|also|later|earlier)\b/i;

// ---------------------------------------------------------------- hedging

/**
 * Hedge cues: the text marks the claim as uncertain, second-hand or anonymous. Modal
 * cues inside a direct quote are the speaker's own and are not read (hedges.ts).
 */
export const HEDGE_CUES: Array<{ pattern: RegExp; kind: HedgeKind }> = [
  { pattern: /\b(?:reportedly|allegedly|purportedly|supposedly|ostensibly)\b/gi, kind: "reporting" },
  { pattern: /\b(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood|rumou?red)\s+to\b/gi, kind: "reporting" },
  { pattern: /\bunconfirmed\b/gi, kind: "reporting" },
  { pattern: /\b(?:on\s+condition\s+of\s+anonymity|(?:asked|asking|declined|declining)\s+(?:that\s+\w+\s+name\s+)?not\s+(?:to\s+be\s+)?(?:named|identified)|not\s+to\s+be\s+(?:named|identified)|unnamed|anonymous)\b/gi, kind: "anonymous-source" },
  { pattern: /\b(?:could|may|might)\b/gi, kind: "modal" },
  { pattern: /\b(?:possibly|perhaps|probably|potentially)\b/gi, kind: "modal" },
  { pattern: /\b(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to\b|\b(?:likely|unlikely)\s+to\b/gi, kind: "expectation" },
  { pattern: /\b(?:signal(?:l)?ed|signals|signal(?:l)?ing|hinted|hints|suggested|suggests|appears?\s+to|appeared\s+to|seems?\s+to|seemed\s+to|speculate[sd]?)\b/gi, kind: "signal" },
];

/** In a speaker or source link, these make it anonymous ("Informed sources", "an official briefed on the talks"). */
export const ANONYMOUS_LINK = /\b(?:sources?|unnamed|anonymous|familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge\s+of|informed|insiders?)\b/i;

// ---------------------------------------------------------------- positions

/** Issues a party can demand, accept or reject; the slot names the issue. Patterns match the issue phrase. */
export const ISSUES: Array<{ slot: string; patterns: RegExp[] }> = [
  {
    slot: "permanent-ceasefire",
    patterns: [
      /\bpermanent\s+(?:ceasefire|cease-fire|truce|calm|cessation\s+of\s+hostilities|end\s+(?:to|of)\s+(?:the\s+)?(?:war|fighting|hostilities))\b/gi,
      /\b(?:complete|full|comprehensive|lasting|definitive|total)\s+(?:ceasefire|cease-fire|end\s+(?:to|of)\s+(?:the\s+)?(?:war|fighting|hostilities))\b/gi,
      /\b(?:an\s+)?end(?:ing)?\s+(?:to\s+)?(?:the|this)\s+(?:current\s+|ongoing\s+)?(?:war|offensive|aggression|fighting|hostilities)\b/gi,
      /\b(?:stop|halt)(?:ping)?\s+(?:the|this)\s+(?:war|aggression|offensive|fighting)\b/gi,
    ],
  },
  {
    slot: "withdrawal",
    patterns: [/\bwithdraw(?:al|s|ing|n)?\b(?!\s+from\s+(?:the\s+)?(?:talks|negotiations|deal|agreement))/gi, /\bpull(?:-|\s)?(?:out|back)\b/gi, /\bpullback\b/gi],
  },
  { slot: "reconstruction", patterns: [/\breconstruct(?:ion|ing)?\b/gi, /\brebuild(?:ing)?\b/gi] },
  {
    slot: "disarmament",
    patterns: [
      /\bdisarm(?:ament|ing|ed|s)?\b/gi,
      /\bdemilitari[sz](?:ation|e|ed|ing)\b/gi,
      /\b(?:hand(?:ing)?\s+over|give\s+up|giving\s+up|lay(?:ing)?\s+down|surrender(?:ing)?)\s+(?:of\s+)?(?:its|their|our|his|the)?\s*(?:weapons|arms)\b/gi,
      /\bdismantl(?:e|ed|ing|ement)\b/gi,
    ],
  },
  {
    slot: "governance",
    patterns: [
      /\b(?:govern(?:ing|ance)?|run(?:ning)?|administer(?:ing)?|administration\s+of|rul(?:e|ing)(?:\s+over)?|control\s+(?:of|over))\s+(?:the\s+(?:strip|enclave|territory)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)/g,
      /\bday[- ]after\b/gi,
      /\btechnocratic\s+(?:committee|government|administration|body)\b/gi,
      /\bpost-?war\s+(?:rule|governance|administration)\b/gi,
    ],
  },
  { slot: "guarantees", patterns: [/\bguarantee(?:s|d)?\b/gi, /\bassurances?\b/gi] },
];

/**
 * Stance cues before an issue, nearest first wins (positions.ts). "without" and
 * "until" make the issue a condition ("no deal without a withdrawal").
 */
export const STANCE_CUES: Array<{ pattern: RegExp; stance: Stance; conditional?: boolean }> = [
  {
    pattern: /\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|want(?:s|ed)?|call(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|urg(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|condition(?:ed|s)?|goal|objective|aims?|aimed|prerequisite|precondition|standing\s+firm|stands?\s+firm|must|needs?|approach|stressed|priority)\b/gi,
    stance: "demands",
  },
  {
    // Conditions: a negation before them is not theirs ("will not stop until Hamas is dismantled").
    pattern: /\b(?:without|unless|provided|in\s+return\s+for|contingent\s+on|until)\b/gi,
    stance: "demands",
    conditional: true,
  },
  {
    pattern: /\b(?:accept(?:s|ed|ing)?|agree(?:s|d)?|open\s+to|ready\s+(?:for|to)|willing(?:ness)?|would\s+not\s+object|not\s+object|approv(?:e|es|ed)|endors(?:e|es|ed)|backs?|backed|welcome[sd]?|flexib(?:le|ility))\b/gi,
    stance: "accepts",
  },
  {
    pattern: /\b(?:reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|dismiss(?:es|ed)?|refus(?:e|es|ed|ing)|rul(?:e|es|ed)\s+out|den(?:y|ies|ied)|against|veto(?:es|ed)?|(?:will|would|shall|could|can)\s+not|won't|wouldn't|cannot|never)\b/gi,
    stance: "rejects",
  },
];

/** A cue this many words or more before the issue does not reach it. */
export const STANCE_CUE_REACH_WORDS = 12;

/** Negation right before a cue flips it ("does not want", "did not reject"). */
export const NEGATION_BEFORE = /\b(?:not|n't|never|no)\s+(?:\w+\s+)?$/i;

/** Exchange principles, by name or as a ratio ("30 prisoners for every hostage"). */
export const EXCHANGE_LABELS: Array<{ pattern: RegExp; label: string }> = [
  { pattern: /\ball[- ]for[- ]all\b/gi, label: "all-for-all" },
  { pattern: /\bone[- ]for[- ]one\b/gi, label: "one-for-one" },
];
/** "30 Palestinian prisoners for every hostage": a figure (see exchange.ts), up to three words, "for each/every", who. */
export const EXCHANGE_RATIO_TAIL = String.raw`\s+(?:[\w-]+\s+){0,3}?for\s+(?:each|every)\s+(?:[\w-]+\s+)?(?:hostage|captive|prisoner|israeli|palestinian|detainee|soldier|civilian)s?\b`;
