/**
 * Records of the claims stage: who says what, according to whom, in one article.
 * Everything is plain data (JSON-safe) so claims can be stored and compared later
 * (src/stages/link/claims).
 */
import type { EntityMention, EntityType, Sentence, Span, TimeExpression } from "../types.js";

/** What `extractClaims` reads: one article's text and its per-article analysis. */
export interface ClaimInput {
  articleId: string;
  text: string;
  sentences: Sentence[];
  mentions: EntityMention[];
  times: TimeExpression[];
  /** Publishing outlet; null when unknown (the chain then ends in "(publisher)"). */
  outlet: string | null;
  /** ISO date (or date-time) of publication; null when unknown. */
  published: string | null;
}

export interface ClaimOptions {
  /**
   * Read headline lines too. Default false: headlines repeat the body in compressed
   * form, and table rows in plain text come out of the splitter as headline lines.
   */
  includeHeadlines?: boolean;
  /** A direct quote needs at least this many words to be a statement. Default MIN_QUOTE_WORDS. */
  minQuoteWords?: number;
  /** How many sentences back "the source" / "he" looks for its antecedent. Default ANAPHORA_REACH. */
  anaphoraReach?: number;
}

/** quantity: a figure with what it counts; position: a party's stance on an issue; statement: a quote or reported clause. */
export type ClaimKind = "quantity" | "position" | "statement";

/**
 * How a figure is bounded: "over 20,000" more-than, "at least 35" at-least, "fewer
 * than 100" less-than, "up to 600,000" / "as many as" / "barely" at-most, "nearly
 * 3,000" nearly (just below), "about" / "some" / "closer to" about, "between 30 and 40"
 * range, a bare figure exact.
 */
export type Qualifier = "exact" | "about" | "more-than" | "at-least" | "less-than" | "at-most" | "nearly" | "range";

export type Stance = "demands" | "accepts" | "rejects";

export interface NumberValue {
  type: "number";
  /** The figure; the lower bound of a range. Durations are in days. */
  value: number;
  qualifier: Qualifier;
  /** Upper bound, for a range only. */
  upper?: number;
}

export interface VoteValue {
  type: "vote";
  for: number;
  against: number;
  /** null when the text gives no abstentions. */
  abstain: number | null;
}

/** A named principle ("one-for-one", "all-for-all", "30-for-one"). */
export interface LabelValue {
  type: "label";
  label: string;
}

export interface StanceValue {
  type: "stance";
  stance: Stance;
}

/** A statement: the quote (without its marks) or the reported clause. */
export interface TextValue {
  type: "text";
  text: string;
  form: "quote" | "reported";
}

export type ClaimValue = NumberValue | VoteValue | LabelValue | StanceValue | TextValue;

/** One link of who passed the claim on: the original source, the media that relayed it, the outlet that published it. */
export interface ChainLink {
  role: "source" | "channel" | "publisher";
  /** As written ("a Palestinian diplomatic source", "EFE"); "(publisher)" when the outlet is unknown. */
  text: string;
  /** Type of the entity mention inside the link, when there is one. */
  entityType?: EntityType;
}

export interface Speaker extends Span {
  /** As written at this place ("The diplomatic source", "he"). */
  text: string;
  /** The entity mention the speaker is (a person first, then an organisation...), when there is one. */
  mention?: EntityMention;
  /** Romanisation-aware key of the mention's name (see link/actors/name-key.ts), for matching speakers to actors. */
  key?: string;
  /** For an anaphor ("the source", "she"): the first naming it stands for and the sentence it is in. */
  antecedent?: { text: string; sentence: number };
}

export type HedgeKind = "reporting" | "anonymous-source" | "modal" | "expectation" | "signal";

export interface HedgeCue extends Span {
  text: string;
  kind: HedgeKind;
}

export interface Attribution {
  /** Who says it; null in the outlet's own voice. */
  speaker: Speaker | null;
  /** Source first, publisher last; only the publisher in the outlet's own voice. */
  chain: ChainLink[];
  hedges: HedgeCue[];
  hedged: boolean;
  /** True when the outlet states the claim with no attribution. */
  ownVoice: boolean;
}

/** The time a claim is about, when its sentence dates it ("ended on December 1"): first and last day, ISO. */
export interface ClaimWhen {
  text: string;
  from: string;
  to: string;
}

/** The party whose position a position claim gives. */
export interface Holder {
  text: string;
  entityType?: EntityType;
}

export interface Claim {
  /** `${articleId}#${n}`, n in text order. */
  id: string;
  articleId: string;
  /** Set by the caller once the article's story is known; compareClaims groups by it. */
  storyId?: string;
  outlet: string | null;
  published: string | null;
  kind: ClaimKind;
  /** What the claim is about: "killed", "prisoners-released", "truce-days", "exchange-principle", "statement"... (see lexicon.ts). */
  slot: string;
  value: ClaimValue;
  /** Index of the sentence in the analysis and its span and text. */
  sentenceIndex: number;
  sentence: Span & { text: string };
  /** The figure, the issue phrase or the quote. */
  core: Span & { text: string };
  /** For a quantity: what it counts, as written ("Palestinian women and minors"). */
  counted?: string;
  holder?: Holder;
  when?: ClaimWhen;
  attribution: Attribution;
  provenance: { stage: "analyze/claims"; version: number };
}
