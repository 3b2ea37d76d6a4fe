/**
 * Record types of the event coder: one `EventCandidate` per event a sentence reports,
 * coded in PLOVER (the successor of CAMEO used by POLECAT). Field names follow PLOVER's
 * export where one exists (event, mode, context, actor, recipient, date); the spans and
 * the confidence are Dossier's provenance.
 */
import type { EntityMention, EntityType, Sentence, Span, TimeExpression } from "../types.js";

/** PLOVER's 16 event types. */
export const PLOVER_EVENT_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
export type PloverEventType = (typeof PLOVER_EVENT_TYPES)[number];

/**
 * PLOVER's auxiliary mode, one per event:
 * - factual: the text reports the event as having happened (or happening);
 * - future: the actor's own stated intention ("will meet", "plans to travel");
 * - expected: a schedule or others' expectation ("is expected to travel", "is due to meet");
 * - hypothetical: conditional, possible or asked about ("could", "if", a question);
 * - negated: reported as not having happened ("did not call for");
 * - historical: dated well before the publication, or marked as past ("previous talks").
 */
export type EventStatus = "factual" | "future" | "expected" | "hypothetical" | "negated" | "historical";

/**
 * PLOVER contexts Dossier assigns from the words of the sentence (several may apply).
 * `human_security` covers humanitarian aid, civilians, hostages and prisoners.
 */
export type PloverContext =
  | "diplomatic"
  | "military"
  | "human_security"
  | "refugee"
  | "economic"
  | "political"
  | "legal"
  | "election"
  | "terrorism"
  | "rights"
  | "resource"
  | "cbrn"
  | "cyber";

/** Outcome of a meeting or talks, when the sentence states one ("ended without a breakthrough"). */
export type ConsultOutcome = "agreement" | "no_agreement" | "collapsed" | "ongoing";

/** An actor, recipient, mediator or place: a span of the article text. */
export interface EventParticipant extends Span {
  text: string;
  /** Entity type when known (from the entity recogniser or from Dossier's own light rules), else null (a common noun phrase: "demonstrators"). */
  type: EntityType | null;
  /** Country the participant belongs to, when a country name or demonym says so ("Egyptian mediators" -> "Egypt"). */
  country: string | null;
  /** mention: taken from a given EntityMention; rule: found by the event coder's own noun-phrase rules. */
  from: "mention" | "rule";
}

/** The words that code the event: a verb ("arrived"), a phrase ("pulled ... out") or a noun ("talks"). */
export interface EventTrigger extends Span {
  text: string;
  /** The lexicon entry that matched, as written in the lexicon ("hold talk"). */
  entry: string;
}

/** For an event recoded from a stated future act (PLOVER codes "will visit" as AGREE), the act itself. */
export interface IntendedAct {
  event: PloverEventType;
  mode: string | null;
}

export interface EventCandidate {
  /** Stable within one article: `<sentence index>:<trigger start>`. */
  id: string;
  event: PloverEventType;
  /** PLOVER mode: for CONSULT one of visit, host, third-party, multilateral, phone; other types use PLOVER's own modes (arrest, curfew, heavy-weapons, ...). */
  mode: string | null;
  context: PloverContext[];
  status: EventStatus;
  /** Set when `event` was recoded from a future act (AGREE for "will meet", THREATEN for "would blockade"). */
  intended: IntendedAct | null;
  /** Who acts. Compound actors ("Egypt and Qatar") are one event with a list. */
  actor: EventParticipant[];
  /** Who is acted upon or met with. */
  recipient: EventParticipant[];
  /** Third party hosting, facilitating or mediating (CONSULT third-party). */
  mediator: EventParticipant[];
  /** PLOVER event_loc: where it happened ("in Cairo"). */
  location: EventParticipant | null;
  /** The time expression of the sentence attached to the event; null when none is (never the publication date). */
  date: TimeExpression | null;
  /** For CONSULT: what the talks came to, when the sentence says. */
  outcome: ConsultOutcome | null;
  /** Evidence: the sentence (index into the sentence list, and its span). */
  sentence: Span & { index: number };
  trigger: EventTrigger;
  /** 0..1: how sure the coder is of the type (see code-events.ts for how it is made). */
  confidence: number;
}

export interface CodeEventsInput {
  /** The article text every span points into. */
  text: string;
  sentences: Sentence[];
  mentions: EntityMention[];
  times: TimeExpression[];
  /** Publication date (ISO), used only to mark events dated long before it as historical. */
  published: string | null;
}

export interface CodeEventsOptions {
  /**
   * Candidates below this confidence are dropped. Default 0.25: what remains below it
   * are bare nouns inside subordinate phrases ("amid attacks"), which report background,
   * not an event of the sentence.
   */
  minConfidence?: number;
  /** At most this many events per sentence, most confident first. Default 4. */
  maxPerSentence?: number;
}

export type { EntityType };
