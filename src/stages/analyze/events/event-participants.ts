/**
 * Actor and recipient of an event, chosen by how its trigger appears: a demanding
 * "must" (the speaker demands of the subject), a passive (the agent acts on the
 * subject), a noun (its own modifiers and "between X and Y"), a verb (its subject and
 * object). The phrase rules themselves are in participants.ts.
 */
import type { Draft } from "./absorb.js";
import { isFiniteLooking } from "./clauses.js";
import type { Form } from "./forms.js";
import { isVerbForm } from "./forms.js";
import type { ObjectSearch } from "./participants.js";
import { agentOf, isPassive, nominalActors, objectOf, sentenceSubject, speakerOf, subjectOf, toParticipants } from "./participants.js";
import type { Phrase, SentenceContext } from "./phrases.js";
import { isNominal, isPronoun, phraseEndingAt } from "./phrases.js";
import type { EventParticipant, PloverEventType } from "./types.js";

/** Actor and recipient lists of a draft (see participants.ts for the rules). */
export function participants(ctx: SentenceContext, draft: Draft, event: PloverEventType): { actor: EventParticipant[]; recipient: EventParticipant[] } {
  const { actor, recipient } = participantPhrases(ctx, draft, event);
  const actorList = actor.flatMap((p) => toParticipants(ctx, p));
  const recipientList = toParticipants(ctx, recipient).filter((r) => !actorList.some((a) => a.start < r.end && r.start < a.end));
  return { actor: actorList, recipient: recipientList };
}

/**
 * Types whose target is never a place: "signed a pact in Moscow" is signed *in* Moscow.
 * Others may target one ("shelled Rafah", "lifted the curfew in Hebron", "arrived in
 * Amman", "threatened to impose a curfew in Algiers").
 */
const NO_PLACE_TARGETS: ReadonlySet<PloverEventType> = new Set(["SUPPORT", "ACCUSE", "REJECT", "COOPERATE"]);

/** The phrases of actor and recipient, by how the trigger appears: a demanding "must", a passive, a noun, a verb. */
function participantPhrases(ctx: SentenceContext, draft: Draft, event: PloverEventType): { actor: Phrase[]; recipient: Phrase | null } {
  const { match, form, governor } = draft;
  const search: ObjectSearch = { after: match.last, preferWith: event === "CONSULT", places: !NO_PLACE_TARGETS.has(event) };
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
