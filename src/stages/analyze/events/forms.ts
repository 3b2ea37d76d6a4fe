/**
 * How a trigger appears in its sentence, and the word that governs it: a finite verb
 * carries the news, an infinitive or gerund is governed by something else, a noun is
 * news when a light verb carries it ("held talks") and background when it only sits in
 * a phrase ("amid talks"). Also the look-alikes that are no event at all ("are signs",
 * "halt the fighting", "cessation of hostilities").
 */
import { isFiniteLooking, isReportingVerb } from "./clauses.js";
import type { Token } from "./nlp.js";
import { hasForm } from "./nlp.js";
import { subjectOf } from "./participants.js";
import type { SentenceContext } from "./phrases.js";
import { isNominal } from "./phrases.js";
import type { TriggerMatch } from "./triggers.js";
import { GOAL_NOUNS, LIGHT_VERBS, STOPPING_NOUNS, STOPPING_VERBS } from "./words.js";

/**
 * How the trigger appears: a finite verb carries the sentence's news; an infinitive or
 * gerund is governed by something else; a noun is news when a light verb carries it
 * ("held talks") and background when it only sits in a phrase ("amid talks").
 */
export type Form = "finite" | "infinitive" | "goal" | "gerund" | "participle" | "light" | "nounObject" | "bare" | "inPhrase";

export const FORM_WEIGHT: Readonly<Record<Form, number>> = {
  finite: 1,
  light: 1,
  infinitive: 0.85,
  nounObject: 0.75,
  gerund: 0.7,
  bare: 0.6,
  participle: 0.55,
  goal: 0.4,
  inPhrase: 0.45,
};

export function isVerbForm(form: Form): boolean {
  return form === "finite" || form === "infinitive" || form === "goal" || form === "gerund" || form === "participle";
}

/**
 * "Russia said Sudan must return the helicopter": "must" states a demand when the
 * sentence reports speech and an act follows (not "must be a prerequisite").
 */
export function isDemandingMust(ctx: SentenceContext, i: number): boolean {
  const reported = ctx.tokens.some((t) => isReportingVerb(t)) || ctx.clauses.some((c) => c.role === "complement");
  const next = ctx.tokens[i + 1];
  return reported && next !== undefined && next.pos === "VERB" && !STATIVE_AFTER_MUST.has(next.lemma);
}

const STATIVE_AFTER_MUST = new Set(["be", "have", "remain", "seem", "appear", "become", "know", "understand"]);

/**
 * Form of a trigger and the token that governs it (see `Form`); null when the words
 * only look like an event ("are signs", "halt the fighting", "cessation of hostilities").
 */
export function formOf(ctx: SentenceContext, match: TriggerMatch): { form: Form; governor: number } | null {
  const { tokens } = ctx;
  const head = tokens[match.first]!;
  if (actsAsVerb(tokens, match.first)) {
    let j = match.first - 1;
    while (j >= 0 && tokens[j]!.pos === "ADV") j--;
    const before = tokens[j];
    // After "be" a verb is a participle or a progressive; "are signs" is a noun.
    if (before?.pos === "AUX" && before.lemma === "be" && head.pos === "VERB" && !/(?:ing|ed|en)$/u.test(head.lower)) return null;
    if (before?.lower === "to") return { form: GOAL_NOUNS.has(tokens[j - 1]?.lower ?? "") ? "goal" : "infinitive", governor: match.first };
    const listed = coordinatedInfinitive(tokens, match.first, j);
    if (listed) return { form: listed, governor: match.first };
    if (head.lower.endsWith("ing") && before?.pos !== "AUX") {
      // "guilty of violating", "capable of launching": the gerund is what the predicate says;
      // "the process of releasing", "the aim of establishing": a goal.
      if (before?.lower === "of" && GOAL_NOUNS.has(tokens[j - 1]?.lower ?? "")) return { form: "goal", governor: match.first };
      const predicate = before?.pos === "ADP" && tokens[j - 1]?.pos === "ADJ";
      return { form: predicate ? "infinitive" : "gerund", governor: match.first };
    }
    if (isReducedRelative(ctx, match.first)) return { form: "participle", governor: match.first };
    return { form: "finite", governor: match.first };
  }
  // A noun: walk left over its own phrase (and "of": "10 days of war games") to what governs it.
  let j = match.first - 1;
  while (j >= 0 && (isNominal(tokens, j) || tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADV" || tokens[j]!.text === "'s" || tokens[j]!.text === "-" || (tokens[j]!.lower === "of" && isNominal(tokens, j - 1)))) {
    // "cessation of hostilities", "an end to the war": what is stopped is not reported as happening.
    if ((tokens[j]!.lower === "of" || tokens[j]!.lower === "to") && hasForm(tokens[j - 1], STOPPING_NOUNS)) return null;
    j--;
  }
  // A particle or preposition right after a verb belongs to it: "speeded up the withdrawal", "engaged in ethnic cleansing".
  if (tokens[j]?.pos === "ADP" && tokens[j - 1]?.pos === "VERB" && (PARTICLES.has(tokens[j]!.lower) || hasForm(tokens[j - 1], LIGHT_VERBS))) j--;
  const before = tokens[j];
  // "cessation of hostilities", "an end to the war": what is stopped is not reported as happening.
  if (before && (before.lower === "of" || before.lower === "to") && hasForm(tokens[j - 1], STOPPING_NOUNS)) return null;
  if (before?.pos === "VERB") {
    if (hasForm(before, STOPPING_VERBS)) return null;
    return { form: hasForm(before, LIGHT_VERBS) ? "light" : "nounObject", governor: j };
  }
  if (before && (before.pos === "ADP" || before.lower === "to")) return { form: "inPhrase", governor: match.first };
  return { form: "bare", governor: match.first };
}

/**
 * "ways to stop the war, deliver aid, and end the suffering": a bare verb after a comma
 * or "and" that continues a list of "to" infinitives has their form.
 */
function coordinatedInfinitive(tokens: Token[], i: number, before: number): Form | null {
  const head = tokens[i]!;
  const joint = tokens[before];
  if (head.lower !== head.lemma || !joint || (joint.text !== "," && joint.pos !== "CCONJ")) return null;
  for (let k = before - 1; k >= Math.max(1, i - 14); k--) {
    const t = tokens[k]!;
    if (t.pos === "AUX" || (t.pos === "VERB" && t.lower !== t.lemma)) return null;
    if (t.lower === "to" && tokens[k + 1]?.pos === "VERB") return GOAL_NOUNS.has(tokens[k - 1]!.lower) ? "goal" : "infinitive";
  }
  return null;
}

/** Particles of phrasal verbs, which sit between a verb and its object. */
const PARTICLES = new Set(["up", "out", "off", "down", "back"]);

/** A verb, or a participle wink tagged as a noun or adjective after an auxiliary ("have retaken"). */
function actsAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  if (t.pos !== "NOUN" && t.pos !== "ADJ") return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === "ADV") j--;
  return tokens[j]?.pos === "AUX" && /^(?:has|have|had)$/u.test(tokens[j]!.lower) && /(?:ed|en)$/u.test(t.lower);
}

/**
 * "the agreement signed in March": an -ed verb right after a noun, in a clause that
 * already has its verb, describes the noun.
 */
function isReducedRelative(ctx: SentenceContext, i: number): boolean {
  const { tokens, clauses } = ctx;
  const head = tokens[i]!;
  if (!head.lower.endsWith("ed") && !head.lower.endsWith("en")) return false;
  let b = i - 1;
  while (b >= 0 && tokens[b]!.pos === "ADV") b--;
  const before = tokens[b];
  if (!before || (before.pos !== "NOUN" && before.pos !== "PROPN")) return false;
  // An earlier verb of the clause makes this one a modifier, unless that verb is its own
  // auxiliary ("Israel had days earlier requested"). A copula counts ("are guilty of violating
  // the agreement signed in March").
  for (let j = b - 1; j >= clauses[i]!.start; j--) {
    const t = tokens[j]!;
    if (clauses[j]!.id !== clauses[i]!.id) continue;
    if (t.pos === "AUX") return t.lemma === "be" && (tokens[j + 1]?.pos === "ADJ" || tokens[j + 1]?.pos === "DET");
    if (isFiniteLooking(tokens, j)) return true;
  }
  return false;
}

/**
 * A verb of saying used as such: followed by "that", or closing the sentence after a
 * comma (", a rights group protested Wednesday.").
 */
export function usedAsSaying(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (tokens[i + 1]?.lower === "that") return true;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(ctx.timeTokens.has(k) || t.pos === "PUNCT" || t.pos === "ADV" || t.pos === "ADP")) return false;
  }
  const subject = subjectOf(ctx, i);
  return subject !== null && tokens[subject.start - 1]?.text === ",";
}
