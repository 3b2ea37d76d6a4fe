/**
 * Function words and markers the event coder reasons with: reporting verbs, light
 * verbs, clause openers, modality and negation markers, outcome phrases. Data only.
 * All entries are lower-case base forms (see nlp.ts `forms`).
 */

/** Verbs that report speech or knowledge: not events themselves; what they report is. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "report", "state", "add", "quote", "cite", "claim", "confirm", "reveal", "indicate", "stress",
  "emphasize", "emphasise", "note", "explain", "insist", "reiterate", "write", "comment", "suggest", "believe",
  "think", "affirm", "assert", "mention", "acknowledge", "admit", "disclose", "signal", "argue", "contend",
  "predict", "estimate", "describe", "learn", "announce", "declare", "underline", "underscore", "recall",
  "remark", "observe", "hint", "caution", "tweet", "post", "know", "show",
]);

/**
 * Verbs that carry a noun trigger without adding meaning of their own ("held talks",
 * "staged a protest", "imposed a curfew", "launched an offensive"): the noun decides
 * the type, the verb gives the tense, the actor and the date.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "hold", "stage", "launch", "impose", "lodge", "issue", "make", "conduct", "carry", "mount", "begin", "start",
  "continue", "resume", "renew", "open", "undertake", "give", "take", "reach", "complete", "file", "reiterate",
  "announce", "declare", "organize", "organise", "lead", "join", "enter", "engage", "attend", "tighten", "extend",
  "step", "intensify", "escalate", "expand", "speed", "maintain", "keep", "have", "pursue", "conclude", "finish",
  "wrap", "end", "restart", "relaunch", "convene", "call", "plan", "schedule", "set", "arrange", "seek", "mark",
  "unleash", "perform", "commit", "carry out", "step up", "put", "place", "institute", "enforce", "reimpose",
  "express", "voice", "repeat", "deliver", "offer", "submit", "present", "table", "put forward", "show",
]);

/** Words that open an adverbial (subordinate) clause or phrase: events in it are background. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after", "before", "because", "since", "while", "whereas", "although", "though", "unless", "until", "till", "if",
  "once", "when", "whenever", "despite", "amid", "amidst", "following", "during", "without", "whether", "lest",
  "ahead", "prior",
]);

/** Subordinators that make the clause a condition: its events are hypothetical. */
export const CONDITIONALS: ReadonlySet<string> = new Set(["if", "unless", "provided", "whether", "lest"]);

/** Relative pronouns: a clause that describes a noun, not the sentence's news. */
export const RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose", "which", "where"]);

/** Coordinators that join two verb phrases sharing one subject ("arrested 12 and wounded 3"). */
export const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "or", "nor", "then"]);

/** Markers of the actor's own future act, read backwards from the verb group. */
export const FUTURE_MARKERS: readonly string[] = [
  "will", "shall", "'ll", "wo", "going to", "plan to", "plans to", "planned to", "planning to", "intend to", "intends to",
  "intended to", "set to", "ready to", "prepared to", "willing to", "poised to", "about to", "is to", "are to", "was to",
  "were to", "determined to", "vowed to", "pledged to", "promised to",
];

/** Markers of a scheduled or expected act, told by others. */
export const EXPECTED_MARKERS: readonly string[] = [
  "expected to", "due to", "scheduled to", "slated to", "likely to", "anticipated to", "tipped to", "supposed to",
];

/** Markers of a hypothetical act. "would" is future in reported speech and hypothetical elsewhere (see modality.ts). */
export const HYPOTHETICAL_MARKERS: readonly string[] = [
  "could", "may", "might", "should", "ought to", "hope to", "hopes to", "hoped to", "hoping to", "seek to", "seeks to",
  "sought to", "seeking to", "aimed at", "aiming to", "aims to", "aim to", "wants to", "want to", "wish to", "possible",
  "potential",
];

/** Negation markers within the verb group. */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never", "no", "neither", "nor", "without", "fail", "failed", "fails", "failing", "failure"]);

/** Words after "not" that undo the negation: "not only ... but also". */
export const NOT_NEGATING_AFTER_NOT: ReadonlySet<string> = new Set(["only", "just", "merely", "simply"]);

/**
 * Nouns before "to" that belong to the verb chain ("Islamic Jihad plans to travel",
 * "the failure to reach"): skipped when looking for the subject.
 */
export const CHAIN_NOUNS: ReadonlySet<string> = new Set([
  "plan", "plans", "aim", "aims", "intends", "hopes", "wants", "expects", "seeks", "needs", "failure", "refusal",
  "decision", "readiness", "willingness", "attempt", "bid", "move", "effort", "efforts",
]);

/**
 * Nouns whose "to"-infinitive is a goal, not an act ("ways to stop the war", "measures
 * to halt the fighting"): the act is hypothetical.
 */
export const GOAL_NOUNS: ReadonlySet<string> = new Set([
  "way", "ways", "effort", "efforts", "measure", "measures", "bid", "attempt", "attempts", "push", "goal",
  "objective", "opportunity", "chance", "steps", "strategy", "proposal", "initiative", "means", "mechanism",
  "mechanisms", "framework", "intention", "process", "possibility", "prospect", "prospects", "aim", "idea",
  "question", "issue", "matter",
]);

/**
 * Verbs and nouns that stop or prevent what they govern: in "halt the fighting", "an
 * end to the war", "cessation of hostilities" the fighting is not reported as happening.
 */
export const STOPPING_VERBS: ReadonlySet<string> = new Set(["halt", "stop", "end", "prevent", "avert", "avoid", "cease", "curb", "deter", "de-escalate", "resolve", "ban", "outlaw", "condemn", "denounce", "protest"]);
export const STOPPING_NOUNS: ReadonlySet<string> = new Set(["end", "halt", "cessation", "stop", "prevention", "ending", "suspension", "absence", "lack", "risk", "fear", "fears", "threat", "prospect", "possibility"]);

/** Nouns a "that" clause completes rather than describes ("signs that Hamas may ..."). */
export const COMPLEMENT_NOUNS: ReadonlySet<string> = new Set([
  "news", "report", "reports", "claim", "claims", "fact", "statement", "assurance", "assurances", "sign", "signs", "hope",
  "hopes", "fear", "fears", "warning", "warnings", "reminder", "demand", "demands", "indication", "indications", "belief",
  "view", "idea", "proposal", "condition", "announcement", "rumor", "rumour", "suggestion", "evidence", "word", "message",
  "position", "insistence", "guarantee", "guarantees", "promise", "pledge", "allegation", "allegations", "accusation",
  "possibility", "likelihood", "expectation", "expectations", "concern", "concerns", "doubt", "doubts", "confirmation",
]);

/** Participles after "be" that are adjectives, not passives: "is prepared to", "is opposed to". */
export const ADJECTIVAL_PARTICIPLES: ReadonlySet<string> = new Set([
  "prepared", "determined", "committed", "opposed", "expected", "supposed", "scheduled", "set", "poised", "inclined",
  "obliged", "entitled", "dedicated", "resolved", "engaged", "involved", "concerned", "interested", "divided",
]);

/** Adjectives in front of a noun trigger that date it to the past ("previous talks"). */
export const PAST_MODIFIERS: ReadonlySet<string> = new Set(["previous", "past", "earlier", "last", "former", "prior"]);

/** Adjectives in front of a noun trigger that make it planned or possible. */
export const PLANNED_MODIFIERS: ReadonlySet<string> = new Set(["planned", "upcoming", "scheduled", "expected", "forthcoming", "proposed", "next", "future"]);
export const POSSIBLE_MODIFIERS: ReadonlySet<string> = new Set(["possible", "potential", "prospective", "hypothetical", "eventual", "any"]);

/** Modifiers that make talks indirect: carried by a third party (CONSULT third-party). */
export const INDIRECT_MODIFIERS: ReadonlySet<string> = new Set(["indirect", "proximity", "mediated", "brokered", "shuttle"]);

/** Verbs of hosting or mediating whose "by X" or "X-" names a third party. */
export const MEDIATION_VERBS: ReadonlySet<string> = new Set(["host", "facilitate", "mediate", "broker", "sponsor", "chair", "organize", "organise"]);
export const MEDIATOR_NOUNS: ReadonlySet<string> = new Set(["mediator", "mediation", "broker", "intermediary", "facilitator", "go-between"]);

/** Adverbs and particles skipped when looking for a verb's subject. */
export const SKIPPABLE_BEFORE_VERB: ReadonlySet<string> = new Set([
  "also", "again", "reportedly", "jointly", "routinely", "already", "still", "just", "finally", "allegedly", "then",
  "formally", "officially", "later", "now", "previously", "recently", "repeatedly", "bluntly", "firmly", "once",
  "apparently", "yet", "even", "further", "separately",
]);

/** Time words that sit between a subject and its verb ("Israel on Friday released"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "week", "weekend", "month", "year", "morning", "evening", "night", "afternoon", "day",
  "overnight", "earlier", "later", "late", "early", "last", "next", "this", "on", "in", "at",
]);

/**
 * Outcome phrases for talks, as base-form sequences. Checked over the whole sentence
 * of a CONSULT event, in this order (the first that matches wins).
 */
export const OUTCOME_PHRASES: ReadonlyArray<{ words: readonly string[]; outcome: "agreement" | "no_agreement" | "collapsed" | "ongoing" }> = [
  { words: ["collapse"], outcome: "collapsed" },
  { words: ["break down"], outcome: "collapsed" },
  { words: ["fall apart"], outcome: "collapsed" },
  { words: ["crumble"], outcome: "collapsed" },
  { words: ["without breakthrough", "without agreement", "without deal", "without progress", "without result", "without consensus"], outcome: "no_agreement" },
  { words: ["no breakthrough", "no agreement", "no deal", "no consensus", "no progress", "no result"], outcome: "no_agreement" },
  { words: ["fail to reach", "fail to agree", "failure to reach", "lack of progress", "stall"], outcome: "no_agreement" },
  { words: ["reach agreement", "reach deal", "reach consensus", "reach accord", "strike deal", "clinch", "breakthrough"], outcome: "agreement" },
  { words: ["ongoing", "continue", "resume", "under way", "underway", "kick off", "go on"], outcome: "ongoing" },
];

/** Gap allowed inside an outcome phrase ("without any tangible breakthrough"). */
export const OUTCOME_GAP = 3;

/** Nouns for groups of people: a recipient or actor phrase headed by one is kept whole ("Palestinian prisoners"). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "people", "civilian", "prisoner", "detainee", "hostage", "captive", "refugee", "resident", "protester", "demonstrator",
  "student", "worker", "journalist", "activist", "soldier", "troop", "militant", "rebel", "fighter", "official",
  "officer", "diplomat", "minister", "leader", "president", "government", "army", "force", "police", "authority",
  "delegation", "negotiator", "mediator", "guerrilla", "militia", "settler", "farmer", "inhabitant", "villager",
  "citizen", "national", "member", "supporter", "group", "party", "movement", "faction", "regime", "council",
  "parliament", "court", "ministry", "cabinet", "administration", "envoy", "ambassador", "source", "side",
  "bomber", "gunman", "attacker", "crowd", "youth", "woman", "child", "man", "family", "doctor", "nurse",
  "inmate", "victim", "community", "population", "hacker", "agency", "organization", "organisation", "chief",
  "head", "commander", "spokesman", "spokeswoman", "figure", "representative", "counterpart", "king", "prince",
]);
