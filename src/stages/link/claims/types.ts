/** Records of claim comparison across articles: groups of claims about one thing, and framing terms side by side. */
import type { ChainLink, ClaimValue } from "../../analyze/claims/types.js";

/** agree: one value; compatible: values or descriptions that can both be true; conflict: they cannot. */
export type GroupStatus = "agree" | "compatible" | "conflict";

/** One claim as a group shows it: where it comes from and who passed it on. */
export interface ClaimSource {
  claimId: string;
  articleId: string;
  outlet: string | null;
  published: string | null;
  /** Who says it (an anaphor's antecedent when resolved); null in the outlet's own voice. */
  speaker: string | null;
  chain: ChainLink[];
  hedged: boolean;
  sentence: string;
  /** What the figure counts, as written. */
  counted?: string;
  /** The date the sentence gives, as written. */
  when?: string;
  /** Set on a claim an outlet later corrected: the id of the later claim. */
  supersededBy?: string;
}

/** One value and the claims that give it. */
export interface ClaimSide {
  value: ClaimValue;
  /** The value for display: "more than 20,000", "42 days", "13-0, 2 abstentions", "one-for-one". */
  label: string;
  sources: ClaimSource[];
}

export interface ClaimGroup {
  /** `${storyId}/${slot}/${n}`, stable for the same input. */
  id: string;
  storyId: string | null;
  slot: string;
  /** For positions: the party whose stance it is (as first written); null otherwise. */
  holder: string | null;
  /** First and last day of the dates the claims give (or of their publication, for running totals); null when undated. */
  when: { from: string; to: string } | null;
  status: GroupStatus;
  /** Current values, the most reported first; superseded claims are not in them. */
  sides: ClaimSide[];
  /** Claims an outlet replaced with a later figure of its own. */
  superseded: ClaimSource[];
  /** Why the group has its status: "42 days vs 60 days", "narrower description: ...", "dates: end of November vs December 1". */
  reasons: string[];
}

export interface CompareOptions {
  /**
   * Relative difference under which two exact figures, one of them round, are
   * compatible ("20,000" vs "20,057"). Default NUMERIC_TOLERANCE.
   */
  numericTolerance?: number;
  /** Days between the dates two claims give under which they are about the same event. Default EVENT_GAP_DAYS. */
  eventGapDays?: number;
  /** Running totals (killed, injured, displaced): days between publications under which they are compared. Default RUNNING_TOTAL_GAP_DAYS. */
  runningTotalGapDays?: number;
  /** Keep groups of a single claim (or of one article repeating itself). Default false. */
  includeSingletons?: boolean;
}

/** One article as framingTerms reads it. */
export interface FramingInput {
  articleId: string;
  outlet: string | null;
  text: string;
}

export interface FramingTerm {
  term: string;
  /** What the term refers to ("Israel / its forces", "Hamas / armed groups", "the killing" ...). */
  referent: string;
  count: number;
  articleIds: string[];
}

export interface OutletFraming {
  /** The outlet, or "(unknown outlet)". */
  outlet: string;
  terms: FramingTerm[];
}
