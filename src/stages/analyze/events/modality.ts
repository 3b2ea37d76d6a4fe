/**
 * Auxiliary mode (PLOVER's future / hypothetical / negated / historical, plus
 * Dossier's "expected") and the recoding PLOVER asks for.
 *
 * Decisions, documented once:
 * - "will meet", "plans to travel", "said they would meet": the actor's own stated
 *   future act. PLOVER codes a future cooperative act as AGREE and a future hostile
 *   act as THREATEN; so does Dossier, keeping the act itself in `intended`
 *   ({ CONSULT, visit }) so a negotiation-round view can still show the planned visit.
 *   Status: future.
 * - "is expected to travel", "is due to meet", "is scheduled to arrive": a schedule or
 *   others' expectation, not the actor's commitment. Dossier keeps the act's own type
 *   (CONSULT, visit) with status "expected": it is not an arrival (status is not
 *   factual), and it is not recoded to AGREE (no one is reported as agreeing).
 * - Negation: "did not call for" keeps its type with status negated; but a negated
 *   agreement ("failed to reach agreement", "did not agree") and a refused future
 *   cooperative act ("will not accept refugees") are REJECT, as in PLOVER's examples.
 * - A hostile act under a condition ("may halt mediation if ...") is THREATEN.
 */
import type { ClauseInfo } from "./clauses.js";
import { isReportingVerb } from "./clauses.js";
import type { Token } from "./nlp.js";
import type { SentenceContext } from "./phrases.js";
import type { EventStatus, IntendedAct, PloverEventType } from "./types.js";
import {
  CONDITIONALS, EXPECTED_MARKERS, FUTURE_MARKERS, HYPOTHETICAL_MARKERS, NEGATIONS, NOT_NEGATING_AFTER_NOT, PAST_MODIFIERS,
  PLANNED_MODIFIERS, POSSIBLE_MODIFIERS,
} from "./words.js";

/** Cooperative acts: told in the future, PLOVER codes them AGREE. */
export const COOPERATIVE: ReadonlySet<PloverEventType> = new Set(["CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);
/** Hostile material acts: told in the future or under a condition, PLOVER codes them THREATEN. */
export const HOSTILE: ReadonlySet<PloverEventType> = new Set(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"]);

/** How many tokens before the verb the verb group (auxiliaries, modals, "expected to") may reach. */
const VERB_GROUP_REACH = 7;

export interface Modality {
  negated: boolean;
  future: boolean;
  expected: boolean;
  hypothetical: boolean;
  /** A hostile act under a condition ("if", "unless") in the sentence. */
  conditional: boolean;
  past: boolean;
}

const NONE: Modality = { negated: false, future: false, expected: false, hypothetical: false, conditional: false, past: false };

/**
 * Modality of the verb group ending at token `v`: reads backwards over auxiliaries,
 * modals, negation and verb chains ("is expected to", "has refused to"), stopping at
 * the subject.
 */
export function verbGroupModality(ctx: SentenceContext, v: number): Modality {
  const { tokens, clauses } = ctx;
  const words: string[] = [];
  for (let j = v - 1; j >= Math.max(0, v - VERB_GROUP_REACH); j--) {
    const t = tokens[j]!;
    if (clauses[j]!.id !== clauses[v]!.id && clauses[j]!.role !== clauses[v]!.role) break;
    if (!inVerbGroup(t, tokens[j + 1])) break;
    words.unshift(t.lower === "n't" ? "not" : t.lower === "'ll" ? "will" : t.lower);
  }
  const group = ` ${words.join(" ")} `;
  const has = (markers: readonly string[]) => markers.some((m) => group.includes(` ${m} `));
  const reported = tokens.some((t) => isReportingVerb(t)) || clauses[v]!.role === "complement";
  const wouldFuture = group.includes(" would ") && reported;
  const wouldHypothetical = group.includes(" would ") && !reported;
  return {
    negated: words.some((w, i) => NEGATIONS.has(w) && !NOT_NEGATING_AFTER_NOT.has(words[i + 1] ?? "")),
    future: has(FUTURE_MARKERS) || wouldFuture,
    expected: has(EXPECTED_MARKERS),
    hypothetical: has(HYPOTHETICAL_MARKERS) || wouldHypothetical || isConditionalClause(clauses[v]!) || isQuestion(tokens),
    conditional: hasCondition(ctx),
    past: false,
  };
}

/** Auxiliaries, modals, adverbs, "to", negation and chain verbs ("expected", "plans", "failed") belong to the verb group. */
function inVerbGroup(t: Token, next: Token | undefined): boolean {
  if (t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV") return true;
  if (NEGATIONS.has(t.lower)) return true;
  // A chain verb or adjective: "expected to", "ready to", "plans to", "failed to", "is set to".
  return (t.pos === "VERB" || t.pos === "ADJ" || t.pos === "NOUN") && next?.lower === "to";
}

function isConditionalClause(clause: ClauseInfo): boolean {
  return clause.conditional;
}

function isQuestion(tokens: Token[]): boolean {
  return tokens[tokens.length - 1]?.text === "?";
}

function hasCondition(ctx: SentenceContext): boolean {
  return ctx.tokens.some((t) => CONDITIONALS.has(t.lower));
}

/** Modality carried by the modifiers in front of a noun trigger ("previous talks", "planned visit", "no talks"). */
export function nounModality(ctx: SentenceContext, noun: number): Modality {
  const m = { ...NONE };
  for (let j = noun - 1; j >= Math.max(0, noun - 4); j--) {
    const t = ctx.tokens[j]!;
    if (t.pos !== "ADJ" && t.pos !== "DET" && t.pos !== "NOUN" && t.pos !== "VERB" && t.pos !== "PROPN" && t.pos !== "NUM") break;
    if (t.lower === "no") m.negated = true;
    if (PAST_MODIFIERS.has(t.lower)) m.past = true;
    if (PLANNED_MODIFIERS.has(t.lower)) m.expected = true;
    if (POSSIBLE_MODIFIERS.has(t.lower)) m.hypothetical = true;
  }
  return m;
}

export function combine(a: Modality, b: Modality): Modality {
  return {
    negated: a.negated || b.negated,
    future: a.future || b.future,
    expected: a.expected || b.expected,
    hypothetical: a.hypothetical || b.hypothetical,
    conditional: a.conditional || b.conditional,
    past: a.past || b.past,
  };
}

/** Status from modality, most marked first: negated, hypothetical, expected, future, historical. */
export function statusOf(m: Modality): EventStatus {
  if (m.negated) return "negated";
  if (m.hypothetical) return "hypothetical";
  if (m.expected) return "expected";
  if (m.future) return "future";
  if (m.past) return "historical";
  return "factual";
}

export interface Recoded {
  event: PloverEventType;
  status: EventStatus;
  intended: IntendedAct | null;
}

/**
 * PLOVER's recoding of modal events (see the module comment). `verbal` is false for a
 * bare noun ("the talks will focus on ..."): a noun states no one's commitment, so it
 * only gets a status.
 */
export function recode(event: PloverEventType, mode: string | null, m: Modality, verbal: boolean): Recoded {
  const status = statusOf(m);
  const intended = { event, mode };
  if (m.negated) {
    if (event === "AGREE") return { event: "REJECT", status: "factual", intended };
    if (verbal && COOPERATIVE.has(event) && (m.future || m.hypothetical)) return { event: "REJECT", status: "factual", intended };
    return { event, status, intended: null };
  }
  if (!verbal) return { event, status, intended: null };
  if (status === "future" && COOPERATIVE.has(event)) return { event: "AGREE", status, intended };
  if (status === "future" && HOSTILE.has(event)) return { event: "THREATEN", status, intended };
  if (status === "hypothetical" && m.conditional && HOSTILE.has(event)) return { event: "THREATEN", status, intended };
  return { event, status, intended: null };
}

/** Days before publication after which a dated event is history rather than news: a developing story reports its last weeks. */
export const HISTORICAL_AGE_DAYS = 45;

/**
 * True when the event's date ends more than HISTORICAL_AGE_DAYS before publication.
 * Dates are TIMEX3-style values ("2023-12-20", "2023-12", "2023"); anything else
 * (weeks, durations, references) is not judged.
 */
export function isHistorical(value: string | null, rangeTo: string | undefined, published: string | null): boolean {
  if (!published) return false;
  const end = lastDay(rangeTo ?? value);
  const pub = Date.parse(published.slice(0, 10));
  if (end === null || Number.isNaN(pub)) return false;
  return pub - end > HISTORICAL_AGE_DAYS * 86_400_000;
}

function lastDay(value: string | null | undefined): number | null {
  if (!value) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Date.UTC(+month[1]!, +month[2]!, 0);
  const year = /^(\d{4})$/.exec(value);
  if (year) return Date.UTC(+year[1]!, 11, 31);
  return null;
}
