/**
 * Event coding in PLOVER, per sentence: who did what to whom, where, when.
 *
 * The whole sequence, per sentence:
 *   1. tokens, tags and lemmas (nlp.ts) and a shallow clause map (clauses.ts);
 *   2. lexicon triggers and their sense from the object (triggers.ts, lexicon.ts);
 *   3. the form of each trigger (finite verb, infinitive, noun carried by a light verb,
 *      bare noun...) and the verb that governs it;
 *   4. absorption: a verb's object nouns and infinitives, and everything a control verb
 *      governs ("refused to lift the curfew"), are the content of one event, not events
 *      of their own;
 *   5. per remaining trigger: actor and recipient (participants.ts), auxiliary mode and
 *      PLOVER's recoding of future acts (modality.ts), mediators, place, date, context,
 *      outcome of talks, confidence;
 *   6. one event per type and clause, most confident first.
 *
 * Confidence = lexicon weight x clause weight (main 1 ... parenthetical 0.4) x form
 * weight (finite verb 1 ... noun in a prepositional phrase 0.45), lowered when the
 * sense is a default or no actor was found.
 */
import type { Sentence, TimeExpression } from "../types.js";
import type { ClauseInfo } from "./clauses.js";
import { isFiniteLooking, isReportingVerb, mapClauses, ROLE_WEIGHT } from "./clauses.js";
import { contextsOf, outcomeOf } from "./context.js";
import { combine, HOSTILE, isHistorical, nounModality, recode, verbGroupModality } from "./modality.js";
import type { Modality } from "./modality.js";
import type { Token } from "./nlp.js";
import { hasForm, tokenizeSpan } from "./nlp.js";
import type { ObjectSearch } from "./participants.js";
import {
  agentOf, isPassive, locationNear, mediatorsIn, nominalActors, objectOf, sentenceSubject, speakerOf, subjectOf, toParticipants,
} from "./participants.js";
import type { Phrase, SentenceContext } from "./phrases.js";
import { isNominal, isPronoun, phraseEndingAt } from "./phrases.js";
import type { TriggerMatch, TriggerSense } from "./triggers.js";
import { findTriggers, senseOf } from "./triggers.js";
import type { CodeEventsInput, CodeEventsOptions, EventCandidate, EventParticipant, PloverEventType } from "./types.js";
import { GOAL_NOUNS, INDIRECT_MODIFIERS, LIGHT_VERBS, STOPPING_NOUNS, STOPPING_VERBS, TIME_WORDS } from "./words.js";

/** Default of `minConfidence` (see types.ts for why). */
export const DEFAULT_MIN_CONFIDENCE = 0.25;
/** Default of `maxPerSentence`: a news sentence rarely reports more than three events worth a timeline. */
export const DEFAULT_MAX_PER_SENTENCE = 4;
/** Longer "sentences" are unsplit blocks (tables, lists, markup residue): tagging them costs time and yields noise. */
export const MAX_SENTENCE_CHARS = 1200;
/** A noun trigger absorbs another within this many tokens of its own phrase ("withdrawal of some invasion forces"). */
const NOUN_ABSORB_REACH = 5;

/**
 * How the trigger appears: a finite verb carries the sentence's news; an infinitive or
 * gerund is governed by something else; a noun is news when a light verb carries it
 * ("held talks") and background when it only sits in a phrase ("amid talks").
 */
type Form = "finite" | "infinitive" | "goal" | "gerund" | "participle" | "light" | "nounObject" | "bare" | "inPhrase";

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

/** Lowered confidence when an entry with senses fell back to its default: the object did not confirm it. */
const DEFAULT_SENSE_FACTOR = 0.9;
/** Lowered confidence when no actor was found: the event may be misread. */
const NO_ACTOR_FACTOR = 0.9;

interface Draft {
  match: TriggerMatch;
  sense: TriggerSense | null;
  form: Form;
  /** Token whose verb group gives the tense and whose subject is the actor. */
  governor: number;
  complements: Draft[];
  dead: boolean;
}

/**
 * Codes every sentence of an article into PLOVER event candidates.
 *
 * @example
 * codeEvents({ text, sentences: splitSentences(text), mentions: [], times: [], published: null })
 * // "A delegation arrived in Cairo on Sunday for talks with Egyptian officials."
 * // -> [{ event: "CONSULT", mode: "visit", status: "factual", actor: [delegation],
 * //       recipient: [Egyptian officials], location: Cairo, ... }]
 */
export function codeEvents(input: CodeEventsInput, options: CodeEventsOptions = {}): EventCandidate[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const maxPerSentence = options.maxPerSentence ?? DEFAULT_MAX_PER_SENTENCE;
  const events: EventCandidate[] = [];
  input.sentences.forEach((sentence, index) => {
    if (!mayHaveEvent(sentence)) return;
    const ctx = sentenceContext(input, sentence, index);
    const coded = codeSentence(ctx, input, sentence)
      .filter((e) => e.confidence >= minConfidence)
      .sort((a, b) => b.confidence - a.confidence || a.trigger.start - b.trigger.start)
      .slice(0, maxPerSentence);
    events.push(...coded);
  });
  return events;
}

/**
 * Cheap pre-check. Headlines are skipped: title case makes every word a proper noun to
 * the tagger, and a headline repeats the lead sentence that follows it.
 */
function mayHaveEvent(sentence: Sentence): boolean {
  return sentence.kind !== "headline" && sentence.end - sentence.start <= MAX_SENTENCE_CHARS && /\p{L}{3}/u.test(sentence.text);
}

function sentenceContext(input: CodeEventsInput, sentence: Sentence, index: number): SentenceContext {
  const tokens = tokenizeSpan(input.text, sentence.start, sentence.end);
  const clauses = mapClauses(tokens);
  const mentions = input.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  return { text: input.text, index, tokens, clauses, mentions, timeTokens: timeTokenSet(tokens, input.times) };
}

/** Tokens inside a given time expression, plus weekday names, "today"/"yesterday" and dated month names. */
function timeTokenSet(tokens: Token[], times: TimeExpression[]): Set<number> {
  const set = new Set<number>();
  for (const t of tokens) {
    if (times.some((x) => t.start >= x.start && t.end <= x.end)) set.add(t.index);
    else if (/^(?:today|yesterday|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/u.test(t.lower)) set.add(t.index);
    else if (t.capitalized && TIME_WORDS.has(t.lower) && tokens[t.index + 1]?.pos === "NUM") set.add(t.index);
  }
  return set;
}

// ---------------------------------------------------------------------------------------

function codeSentence(ctx: SentenceContext, input: CodeEventsInput, sentence: Sentence): EventCandidate[] {
  const drafts = findTriggers(ctx)
    .map((match) => draftOf(ctx, match))
    .filter((d): d is Draft => d !== null);
  absorb(ctx, drafts);
  const candidates: EventCandidate[] = [];
  for (const draft of drafts) {
    if (draft.dead || !draft.sense) continue;
    candidates.push(buildCandidate(ctx, input, sentence, draft));
  }
  return mergeSameType(ctx, candidates);
}

function draftOf(ctx: SentenceContext, match: TriggerMatch): Draft | null {
  if (match.entry.speechAct && !isDemandingMust(ctx, match.first)) return null;
  const shape = formOf(ctx, match);
  if (!shape) return null;
  const { form, governor } = shape;
  if (match.entry.governedOnly && form !== "light" && form !== "nounObject") return null;
  const passive = isVerbForm(form) && isPassive(ctx, governor);
  const subject = passive ? subjectOf(ctx, governor) : null;
  const extra = subject ? range(subject.start, subject.end) : [];
  let sense = senseOf(ctx, match, extra);
  if (sense && match.entry.speechEvent && usedAsSaying(ctx, match.first)) sense = { event: match.entry.speechEvent, mode: null, bySense: true };
  // A control verb without a sense of its own may still code what it governs ("declined to resign").
  if (!sense && !(match.entry.control && (match.entry.complementEvent || match.entry.hostileComplement))) return null;
  return { match, sense, form, governor, complements: [], dead: false };
}

function isVerbForm(form: Form): boolean {
  return form === "finite" || form === "infinitive" || form === "goal" || form === "gerund" || form === "participle";
}

/**
 * "Russia said Sudan must return the helicopter": "must" states a demand when the
 * sentence reports speech and an act follows (not "must be a prerequisite").
 */
function isDemandingMust(ctx: SentenceContext, i: number): boolean {
  const reported = ctx.tokens.some((t) => isReportingVerb(t)) || ctx.clauses.some((c) => c.role === "complement");
  const next = ctx.tokens[i + 1];
  return reported && next !== undefined && next.pos === "VERB" && !STATIVE_AFTER_MUST.has(next.lemma);
}

const STATIVE_AFTER_MUST = new Set(["be", "have", "remain", "seem", "appear", "become", "know", "understand"]);

/**
 * Form of a trigger and the token that governs it (see `Form`); null when the words
 * only look like an event ("are signs", "halt the fighting", "cessation of hostilities").
 */
function formOf(ctx: SentenceContext, match: TriggerMatch): { form: Form; governor: number } | null {
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
function usedAsSaying(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (tokens[i + 1]?.lower === "that") return true;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(ctx.timeTokens.has(k) || t.pos === "PUNCT" || t.pos === "ADV" || t.pos === "ADP")) return false;
  }
  const subject = subjectOf(ctx, i);
  return subject !== null && tokens[subject.start - 1]?.text === ",";
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

// ---------------------------------------------------------------------------------------
// Absorption

/**
 * Marks as content (not events of their own) the triggers another trigger governs:
 * nouns after a verb in its clause, infinitives and gerunds after it, everything in the
 * complement of a control verb, nouns right after an event noun.
 */
function absorb(ctx: SentenceContext, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const head = drafts[i]!;
    if (head.dead) continue;
    const governed = governedBy(ctx, head, drafts.slice(i + 1));
    if (!head.sense) {
      const verbal = governed.filter((d) => isVerbForm(d.form) && d.sense);
      const resolved = verbal.length > 0 ? controlEvent(head, verbal) : null;
      if (!resolved) {
        head.dead = true;
        continue;
      }
      head.sense = { event: resolved, mode: null, bySense: true };
    }
    for (const d of governed) d.dead = true;
    head.complements = governed;
    applyControl(head);
  }
}

function governedBy(ctx: SentenceContext, head: Draft, later: Draft[]): Draft[] {
  const { clauses, tokens } = ctx;
  const governed: Draft[] = [];
  const headClause = clauses[head.match.last]!;
  if (!isVerbForm(head.form)) {
    for (const d of later) {
      if (d.match.first - head.match.last > NOUN_ABSORB_REACH) break;
      if (isVerbForm(d.form) || !onlyPhraseBetween(tokens, head.match.last, d.match.first)) break;
      governed.push(d);
    }
    return governed;
  }
  const control = head.match.entry.control === true;
  for (const d of later) {
    const clause = clauses[d.match.first]!;
    const sameClause = clause.id === headClause.id;
    const inComplement = clause.role === "complement" && control && withinChain(clauses, head.match.last, d.match.first);
    if (!sameClause && !inComplement) break;
    if (d.form === "finite" && sameClause && !control) break;
    if (d.form === "finite" && sameClause && control && isCoordinated(tokens, d.match.first)) break;
    governed.push(d);
  }
  return governed;
}

/** True when every clause between the two tokens is the head's clause or a complement. */
function withinChain(clauses: ClauseInfo[], from: number, to: number): boolean {
  const id = clauses[from]!.id;
  for (let k = from + 1; k < to; k++) {
    const c = clauses[k]!;
    if (c.id !== id && c.role !== "complement") return false;
  }
  return true;
}

function isCoordinated(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (t.pos === "CCONJ") return true;
    if (t.pos !== "ADV" && t.pos !== "AUX") return false;
  }
  return false;
}

function onlyPhraseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || t.pos === "SCONJ" || t.pos === "CCONJ") return false;
  }
  return true;
}

/** Type of a sense-less control verb from what it governs ("declined to resign" -> REJECT). */
function controlEvent(head: Draft, verbal: Draft[]): PloverEventType | null {
  const hostile = verbal.some((d) => HOSTILE.has(d.sense!.event));
  if (hostile && head.match.entry.hostileComplement) return head.match.entry.hostileComplement;
  return head.match.entry.complementEvent ?? null;
}

/** Complement-dependent types: "vowed to fight" is THREATEN, not AGREE. */
function applyControl(head: Draft): void {
  const entry = head.match.entry;
  if (!entry.control || !head.sense) return;
  const verbal = head.complements.filter((d) => isVerbForm(d.form) && d.sense);
  const hostile = verbal.find((d) => HOSTILE.has(d.sense!.event));
  if (hostile && entry.hostileComplement) head.sense = { event: entry.hostileComplement, mode: threatMode(hostile.sense!.event), bySense: true };
  else if (head.sense.event === "THREATEN" && verbal[0]) head.sense = { ...head.sense, mode: threatMode(verbal[0].sense!.event) };
}

/** PLOVER THREATEN modes by what is threatened. */
function threatMode(event: PloverEventType): string | null {
  const modes: Partial<Record<PloverEventType, string>> = { SANCTION: "relations", COERCE: "restrict", ASSAULT: "violence", PROTEST: "protest", MOBILIZE: "military" };
  return modes[event] ?? null;
}

// ---------------------------------------------------------------------------------------
// One candidate

function buildCandidate(ctx: SentenceContext, input: CodeEventsInput, sentence: Sentence, draft: Draft): EventCandidate {
  const { match, form, governor } = draft;
  const sense = draft.sense!;
  const { actor, recipient } = participants(ctx, draft, sense.event);
  const modality = modalityOf(ctx, draft);
  let event = sense.event;
  if (match.entry.jointEvent && (actor.length >= 2 || hasModifier(ctx.tokens, match.first, ["joint"]))) event = match.entry.jointEvent;
  const verbal = form !== "bare" && form !== "inPhrase";
  const recoded = recode(event, sense.mode, modality, verbal);
  const mediators = mediatorsIn(ctx).map((p) => toParticipants(ctx, p)).flat();
  const consult = recoded.event === "CONSULT" || recoded.intended?.event === "CONSULT";
  // Talks "with Egyptian mediators": the mediator is a third party, not the other side.
  const parties = consult ? recipient.filter((r) => !mediators.some((m) => m.start < r.end && r.start < m.end)) : recipient;
  const meetingMode = consult ? consultMode(ctx, draft, sense.mode, mediators, actor, parties) : null;
  const date = pickDate(ctx, input.times, governor);
  let status = recoded.status;
  if (status === "factual" && date && isHistorical(date.value, date.range?.to, input.published)) status = "historical";
  const triggerSpan = triggerText(ctx, match);
  const base = match.entry.weight ?? 1;
  const senseFactor = match.entry.senses && !sense.bySense ? DEFAULT_SENSE_FACTOR : 1;
  const actorFactor = actor.length > 0 ? 1 : NO_ACTOR_FACTOR;
  const confidence = round(base * ROLE_WEIGHT[ctx.clauses[match.first]!.role] * FORM_WEIGHT[form] * senseFactor * actorFactor);
  const intended = recoded.intended ? { event: recoded.intended.event, mode: consult ? meetingMode : recoded.intended.mode } : null;
  const mode = recoded.event === "CONSULT" ? meetingMode : intended ? (recoded.event === "THREATEN" ? threatMode(intended.event) : null) : sense.mode;
  return {
    id: `${ctx.index}:${triggerSpan.start}`,
    event: recoded.event,
    mode,
    context: contextsOf(ctx.tokens, recoded.event),
    status,
    intended,
    actor,
    recipient: parties,
    mediator: consult || recoded.event === "AGREE" ? mediators : [],
    location: locationParticipant(ctx, governor, sense.mode === "visit"),
    date,
    outcome: consult ? outcomeOf(ctx.tokens) : null,
    sentence: { index: ctx.index, start: sentence.start, end: sentence.end },
    trigger: triggerSpan,
    confidence,
  };
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 1000) / 1000;
}

function triggerText(ctx: SentenceContext, match: TriggerMatch): EventCandidate["trigger"] {
  const start = ctx.tokens[match.first]!.start;
  const end = ctx.tokens[match.last]!.end;
  return { start, end, text: ctx.text.slice(start, end), entry: match.entry.words };
}

function hasModifier(tokens: Token[], at: number, words: string[]): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) if (words.includes(tokens[j]!.lower)) return true;
  return false;
}

/** Actor and recipient lists of a draft (see participants.ts for the rules). */
function participants(ctx: SentenceContext, draft: Draft, event: PloverEventType): { actor: EventParticipant[]; recipient: EventParticipant[] } {
  const { actor, recipient } = participantPhrases(ctx, draft, event);
  const actorList = actor.flatMap((p) => toParticipants(ctx, p));
  const recipientList = toParticipants(ctx, recipient).filter((r) => !actorList.some((a) => a.start < r.end && r.start < a.end));
  return { actor: actorList, recipient: recipientList };
}

/** The phrases of actor and recipient, by how the trigger appears: a demanding "must", a passive, a noun, a verb. */
function participantPhrases(ctx: SentenceContext, draft: Draft, event: PloverEventType): { actor: Phrase[]; recipient: Phrase | null } {
  const { match, form, governor } = draft;
  const search: ObjectSearch = { after: match.last, preferWith: event === "CONSULT", places: true };
  const list = (p: Phrase | null): Phrase[] => (p ? [p] : []);
  if (match.entry.speechAct) {
    const speaker = speakerOf(ctx) ?? sentenceSubject(ctx);
    const subject = subjectOf(ctx, governor);
    const recipient = subject && isPronoun(ctx.tokens[subject.start]) ? previousName(ctx, subject.start, speaker) ?? subject : subject;
    return { actor: list(speaker), recipient };
  }
  if (isVerbForm(form) && (form === "participle" || isPassive(ctx, governor))) {
    return { actor: list(agentOf(ctx, governor)), recipient: subjectOf(ctx, governor) };
  }
  if (form === "bare" || form === "inPhrase") {
    const own = nominalActors(ctx, match.first, match.last + 1);
    const actor = own.length === 0 && form === "inPhrase" ? list(clauseVerbSubject(ctx, match.first)) : own;
    return { actor, recipient: objectOf(ctx, match.last, { ...search, places: false }) };
  }
  const recipient = objectOf(ctx, match.last, search) ?? (form === "light" || form === "nounObject" ? objectOf(ctx, governor, { ...search, after: governor }) : null);
  return { actor: list(actorOfVerb(ctx, form, governor)), recipient };
}

/**
 * "police used tear gas to disperse demonstrators": an infinitive after an object is the
 * purpose of the verb before it, and shares that verb's subject.
 */
function purposeSubject(ctx: SentenceContext, infinitive: number): Phrase | null {
  const { tokens, clauses } = ctx;
  let j = infinitive - 1;
  while (j >= 0 && tokens[j]!.pos === "ADV") j--;
  if (tokens[j]?.lower !== "to" || !isNominal(tokens, j - 1)) return null;
  // The verb is the first one of the run "used tear gas" (wink may tag "tear" a verb too).
  let verb = -1;
  for (let k = j - 1; k >= 0 && clauses[k]!.id === clauses[infinitive]!.id; k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB") verb = k;
    else if (!isNominal(tokens, k) && t.pos !== "DET" && t.pos !== "NUM" && t.pos !== "ADP") break;
  }
  return verb >= 0 ? subjectOf(ctx, verb) : null;
}

/** The actor of a verb trigger, by its form. */
function actorOfVerb(ctx: SentenceContext, form: Form, governor: number): Phrase | null {
  const clause = ctx.clauses[governor]!;
  // ", killing 20 people": a participial clause shares the subject of the verb before it;
  // "Before arriving in Cairo, Haniyeh spoke": an opening gerund, the subject of the verb after it.
  if (clause.role === "participial" && governor === clause.start) {
    for (let k = clause.start - 1; k >= 0; k--) {
      const role = ctx.clauses[k]!.role;
      if ((role === "main" || role === "complement") && isFiniteLooking(ctx.tokens, k)) return subjectOf(ctx, k);
    }
  }
  if (clause.role === "subordinate" && form === "gerund" && governor === clause.start + 1) {
    for (let k = governor + 1; k < ctx.tokens.length; k++) {
      const role = ctx.clauses[k]!.role;
      if ((role === "main" || role === "complement") && isFiniteLooking(ctx.tokens, k)) return subjectOf(ctx, k);
    }
  }
  if (form === "infinitive" || form === "goal") return purposeSubject(ctx, governor) ?? subjectOf(ctx, governor);
  // A gerund has a subject only right before it ("for Israel releasing"); "includes exploring X and negotiating Y" has none.
  if (form === "gerund") {
    let j = governor - 1;
    while (j >= 0 && ctx.tokens[j]!.pos === "ADV") j--;
    if (!isNominal(ctx.tokens, j)) return null;
  }
  const subject = subjectOf(ctx, governor);
  if (form !== "gerund" || !subject) return subject;
  // "in exchange for Israel releasing prisoners": a gerund's subject is what follows "for" / "with".
  for (let k = subject.end - 1; k > subject.start; k--) {
    if (ctx.tokens[k]!.lower === "for" || ctx.tokens[k]!.lower === "with") return { start: k + 1, end: subject.end };
  }
  return subject;
}

/** "negotiators return to Geneva for talks": a noun in a phrase after the clause's verb shares its subject. */
function clauseVerbSubject(ctx: SentenceContext, noun: number): Phrase | null {
  const { tokens, clauses } = ctx;
  for (let k = noun - 1; k >= 0 && clauses[k]!.id === clauses[noun]!.id; k--) {
    if (tokens[k]!.pos === "VERB" && !tokens[k]!.lower.endsWith("ing")) return subjectOf(ctx, k);
  }
  return null;
}

/** For a pronoun recipient ("Iraq that it must"), the nearest name before it that is not the speaker. */
function previousName(ctx: SentenceContext, before: number, speaker: Phrase | null): Phrase | null {
  for (let j = before - 1; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (speaker && j >= speaker.start && j < speaker.end) continue;
    if (t.capitalized && isNominal(ctx.tokens, j)) return phraseEndingAt(ctx.tokens, j, speaker?.end ?? 0);
  }
  return null;
}

function modalityOf(ctx: SentenceContext, draft: Draft): Modality {
  const { form, governor, match } = draft;
  if (isVerbForm(form) || form === "light" || form === "nounObject") {
    const group = verbGroupModality(ctx, governor);
    // "ways to stop the war": a goal is not an act.
    if (form === "goal") group.hypothetical = true;
    return form === "light" || form === "nounObject" ? combine(group, nounModality(ctx, match.first)) : group;
  }
  const own = nounModality(ctx, match.first);
  const verb = nextVerb(ctx, match.last);
  if (verb === null) return own;
  // "the talks ... are expected to" / "will focus": the status of a subject noun, no recoding.
  const group = verbGroupModality(ctx, verb);
  return combine(own, { ...group, hypothetical: group.hypothetical && !group.expected });
}

function nextVerb(ctx: SentenceContext, after: number): number | null {
  const id = ctx.clauses[after]!.id;
  for (let k = after + 1; k < Math.min(ctx.tokens.length, after + 8); k++) {
    if (ctx.clauses[k]!.id !== id) return null;
    if (ctx.tokens[k]!.pos === "VERB") return k;
  }
  return null;
}

/** CONSULT mode: third-party when mediated or indirect, phone, multilateral for three or more parties, else the lexicon's. */
function consultMode(ctx: SentenceContext, draft: Draft, lexiconMode: string | null, mediators: EventParticipant[], actor: EventParticipant[], recipient: EventParticipant[]): string | null {
  const { tokens } = ctx;
  if (lexiconMode === "phone" || tokens.some((t, i) => (t.lower === "phone" || t.lower === "telephone") && tokens[i - 1]?.lower === "by")) return "phone";
  if (mediators.length > 0 || hasModifier(tokens, draft.match.first, [...INDIRECT_MODIFIERS])) return "third-party";
  if (lexiconMode === "multilateral" || actor.length + recipient.length >= 3) return "multilateral";
  return lexiconMode;
}

function locationParticipant(ctx: SentenceContext, governor: number, visit: boolean): EventParticipant | null {
  const place = locationNear(ctx, governor, visit);
  if (!place) return null;
  return toParticipants(ctx, place)[0] ?? null;
}

// ---------------------------------------------------------------------------------------
// Date

/**
 * The time expression that dates the event: in the sentence, of type DATE or TIME,
 * not the date of a reporting verb ("said on Wednesday", "Cited by Reuters on
 * Sunday"), nearest to the governing verb, preferring its own clause. Null when none:
 * never the publication date.
 */
function pickDate(ctx: SentenceContext, times: TimeExpression[], governor: number): TimeExpression | null {
  const { tokens, clauses } = ctx;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  let best: TimeExpression | null = null;
  let bestScore = Infinity;
  for (const time of times) {
    if (time.start < first.start || time.end > last.end) continue;
    // "currently" (PRESENT_REF), "the future": references, not dates.
    if ((time.type !== "DATE" && time.type !== "TIME") || !time.value || !/^\d/u.test(time.value)) continue;
    const at = tokens.findIndex((t) => t.end > time.start);
    if (at < 0 || datesReporting(ctx, at, governor)) continue;
    const distance = Math.abs(at - governor);
    const score = distance * (clauses[at]!.id === clauses[governor]!.id ? 1 : 3);
    if (score < bestScore) {
      best = time;
      bestScore = score;
    }
  }
  return best;
}

/** True when the time at token `at` belongs to a reporting verb just before it. */
function datesReporting(ctx: SentenceContext, at: number, governor: number): boolean {
  const { tokens } = ctx;
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    const t = tokens[j]!;
    if (j === governor) return false;
    if (isReportingVerb(t)) return true;
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Merging

/** One event per type and clause: the more confident one, completed with the other's participants, mode, place and date. */
function mergeSameType(ctx: SentenceContext, candidates: EventCandidate[]): EventCandidate[] {
  const kept: EventCandidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.confidence - a.confidence)) {
    const clause = clauseOfOffset(ctx, c.trigger.start);
    const twin = kept.find((k) => k.event === c.event && k.status === c.status && clauseOfOffset(ctx, k.trigger.start) === clause);
    if (!twin) {
      kept.push(c);
      continue;
    }
    if (twin.actor.length === 0) twin.actor = c.actor;
    if (twin.recipient.length === 0) twin.recipient = c.recipient;
    if (twin.mediator.length === 0) twin.mediator = c.mediator;
    twin.mode ??= c.mode;
    twin.location ??= c.location;
    twin.date ??= c.date;
    twin.outcome ??= c.outcome;
  }
  return kept;
}

/** Clause id at a character offset; clauses of a sentence and its complements count as one. */
function clauseOfOffset(ctx: SentenceContext, offset: number): number {
  const token = ctx.tokens.find((t) => t.start === offset) ?? ctx.tokens[0]!;
  const info = ctx.clauses[token.index]!;
  return info.role === "complement" || info.role === "main" ? -1 : info.id;
}
