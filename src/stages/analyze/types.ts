/** Character span into Article.text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** headline: a short line without final punctuation; bullet: a list item; body: running text. */
  kind: "headline" | "bullet" | "body";
  /** Index of the paragraph (block separated by blank lines) it belongs to. */
  paragraph: number;
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "MEDIA";

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** A title or role in front of the name ("Secretary-General"), kept apart from the span. */
  role?: string;
  /** The organisation or country the role belongs to ("Islamic Jihad"). */
  affiliation?: string;
}

export type TimeType = "DATE" | "TIME" | "DURATION" | "SET";
export type Granularity = "instant" | "day" | "week" | "month" | "quarter" | "season" | "year" | "decade" | "interval" | "unknown";

export interface TimeExpression extends Span {
  text: string;
  type: TimeType;
  /** Normalised value in TIMEX3 style: "2023-12-20", "2023-W52", "2023-12", "P3D", "PRESENT_REF"... */
  value: string | null;
  granularity: Granularity;
  /** For intervals ("early next week"): first and last day, ISO. */
  range?: { from: string; to: string };
  /** stated: the text gives the date itself; inferred: resolved from a relative expression. */
  basis: "stated" | "inferred";
  /** 0..1 */
  confidence: number;
}

/** The per-article analysis: pure, derived from an Article alone. */
// Type-only import: events/types.ts uses Span and EntityType from here, no runtime cycle.
import type { EventCandidate } from "./events/types.js";
import type { Claim } from "./claims/types.js";

export interface Analysis {
  articleId: string;
  /** Bumped when the analysis changes shape or meaning, so stored analyses can be re-run. */
  version: number;
  sentences: Sentence[];
  mentions: EntityMention[];
  times: TimeExpression[];
  /** PLOVER-coded event candidates, each with its evidence sentence. */
  events: EventCandidate[];
  /** Quantities, positions and statements, each with its attribution chain and hedges. */
  claims: Claim[];
}

/** The parts of an analysis a reader may load alone. */
export type AnalysisField = "sentences" | "mentions" | "times" | "events" | "claims";

/** An analysis with only some of its parts: what a reader of those parts is given. */
export type AnalysisParts<F extends AnalysisField> = Pick<Analysis, "articleId" | "version" | F>;
