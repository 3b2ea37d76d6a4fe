/**
 * Event coding in PLOVER, per sentence: who did what to whom, where, when.
 *
 * The whole sequence, per sentence:
 *   1. tokens, tags and lemmas (nlp.ts) and a shallow clause map (clauses.ts);
 *   2. lexicon triggers and their sense from the object (triggers.ts, lexicon.ts);
 *   3. the form of each trigger (finite verb, infinitive, noun carried by a light verb,
 *      bare noun...) and the verb that governs it (forms.ts);
 *   4. absorption: a verb's object nouns and infinitives, and everything a control verb
 *      governs ("refused to lift the curfew"), are the content of one event, not events
 *      of their own (absorb.ts);
 *   5. per remaining trigger: actor and recipient (event-participants.ts), auxiliary mode and
 *      PLOVER's recoding of future acts (modality.ts), mediators, place, date, context,
 *      outcome of talks, confidence;
 *   6. one event per type and clause, most confident first.
 *
 * Confidence = lexicon weight x clause weight (main 1 ... parenthetical 0.4) x form
 * weight (finite verb 1 ... noun in a prepositional phrase 0.45), lowered when the
 * sense is a default or no actor was found.
 */
import type { Sentence, TimeExpression } from "../types.js";
import type { Draft } from "./absorb.js";
import { absorb, threatMode } from "./absorb.js";
import { isReportingVerb, mapClauses, ROLE_WEIGHT } from "./clauses.js";
import { contextsOf, outcomeOf } from "./context.js";
import { participants } from "./event-participants.js";
import { FORM_WEIGHT, formOf, isDemandingMust, isVerbForm, usedAsSaying } from "./forms.js";
import { combine, isHistorical, nounModality, recode, verbGroupModality } from "./modality.js";
import type { Modality } from "./modality.js";
import type { Token } from "./nlp.js";
import { tokenizeSpan } from "./nlp.js";
import { isPassive, locationNear, mediatorsIn, subjectOf, toParticipants } from "./participants.js";
import type { SentenceContext } from "./phrases.js";
import type { TriggerMatch } from "./triggers.js";
import { findTriggers, senseOf } from "./triggers.js";
import type { CodeEventsInput, CodeEventsOptions, EventCandidate, EventParticipant } from "./types.js";
import { INDIRECT_MODIFIERS, TIME_WORDS } from "./words.js";

/** Default of `minConfidence` (see types.ts for why). */
export const DEFAULT_MIN_CONFIDENCE = 0.25;
/** Default of `maxPerSentence`: a news sentence rarely reports more than three events worth a timeline. */
export const DEFAULT_MAX_PER_SENTENCE = 4;
/** Longer "sentences" are unsplit blocks (tables, lists, markup residue): tagging them costs time and yields noise. */
export const MAX_SENTENCE_CHARS = 1200;


/** Lowered confidence when an entry with senses fell back to its default: the object did not confirm it. */
const DEFAULT_SENSE_FACTOR = 0.9;
/** Lowered confidence when no actor was found: the event may be misread. */
const NO_ACTOR_FACTOR = 0.9;


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

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
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
  const mediators = sentenceMediators(ctx);
  const consult = recoded.event === "CONSULT" || recoded.intended?.event === "CONSULT";
  // Talks "with Egyptian mediators", a truce "brokered by Saudi Arabia": the mediator is a third party, not the other side.
  const mediated = consult || recoded.event === "AGREE";
  const parties = mediated ? recipient.filter((r) => !mediators.some((m) => m.start < r.end && r.start < m.end)) : recipient;
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
    mediator: mediated ? mediators : [],
    location: locationParticipant(ctx, governor, sense.mode === "visit"),
    date,
    outcome: consult ? outcomeOf(ctx.tokens) : null,
    sentence: { index: ctx.index, start: sentence.start, end: sentence.end },
    trigger: triggerSpan,
    confidence,
  };
}

/** Mediators named in the sentence, found once per sentence. */
const mediatorsBySentence = new WeakMap<SentenceContext, EventParticipant[]>();
function sentenceMediators(ctx: SentenceContext): EventParticipant[] {
  let found = mediatorsBySentence.get(ctx);
  if (!found) {
    found = mediatorsIn(ctx).flatMap((p) => toParticipants(ctx, p));
    mediatorsBySentence.set(ctx, found);
  }
  return found;
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
