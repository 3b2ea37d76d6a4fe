/**
 * Who did it, to whom, where, with whose mediation: the participants of one event,
 * found around its trigger.
 *
 * Actor: the subject of the governing verb, the noun phrase before it in the same
 * clause (skipping auxiliaries, adverbs, time phrases and appositions; a pronoun is
 * resolved to the sentence's subject, "we" to the speaker). Recipient: the object or
 * prepositional object after it, reduced to the part that names someone ("a U.S.
 * request" -> "U.S."). Passive verbs swap the two ("was attacked by militiamen").
 * Entity mentions, when given, replace the phrase they cover.
 */
import type { EntityMention } from "../types.js";
import { isReportingVerb } from "./clauses.js";
import { cityCountry, countryOf, MEDIA_NAMES, ORG_HEADS, PERSON_TITLES } from "./gazetteer.js";
import type { Token } from "./nlp.js";
import { hasForm } from "./nlp.js";
import type { Phrase, SentenceContext } from "./phrases.js";
import {
  headIndex, isNominal, isPlaceWord, isPronoun, phraseEndingAt, phraseStartingAt, phraseText, splitCoordination,
  withoutDeterminer,
} from "./phrases.js";
import type { EventParticipant } from "./types.js";
import { ADJECTIVAL_PARTICIPLES, CHAIN_NOUNS, MEDIATION_VERBS, MEDIATOR_NOUNS, PEOPLE_NOUNS, SKIPPABLE_BEFORE_VERB, TIME_WORDS } from "./words.js";

/** How far right of a trigger the recipient may be, in tokens ("agreed to lift embargoes on sales in February to Iran"). */
const RECIPIENT_WINDOW = 18;
/** Prepositions whose object may be the recipient; "that" opens a complement whose subject is ("demanded that Hamas renounce"). */
const RECIPIENT_ADPS = new Set(["to", "with", "against", "on", "from", "over", "upon", "toward", "towards", "for", "of", "by", "that"]);
/** Places, taken as the recipient only when nothing else is ("lifted a curfew in Montenegro", "arrived in Amman"). */
const PLACE_ADPS = new Set(["in", "into", "at"]);
const LOCATION_ADPS = new Set(["in", "at", "near", "inside", "outside"]);
const DESTINATION_ADPS = new Set(["to", "in", "into"]);
const BE_FORMS = new Set(["be", "is", "are", "was", "were", "been", "being"]);

// ---------------------------------------------------------------------------------------
// Actor: the subject side

/**
 * The subject phrase of the verb at token `v`, or null.
 *
 * @example "Salaheddine Sidhoum, Algeria's leading activist, staged a hunger strike" -> "Salaheddine Sidhoum"
 */
export function subjectOf(ctx: SentenceContext, v: number, depth = 0): Phrase | null {
  const { tokens, clauses } = ctx;
  const id = clauses[v]?.id;
  const region: number[] = [];
  for (let j = 0; j < v; j++) if (clauses[j]!.id === id) region.push(j);
  let k = region.length - 1;
  while (k >= 0 && isSkippable(ctx, region[k]!)) k--;
  if (k < 0) return null;
  const j = region[k]!;
  const t = tokens[j]!;
  if (t.pos === "CCONJ" && depth < 2) {
    const firstVerb = region.find((i) => tokens[i]!.pos === "VERB" || tokens[i]!.pos === "AUX");
    return firstVerb !== undefined && firstVerb < j ? subjectOf(ctx, firstVerb, depth + 1) : null;
  }
  if (t.text === ",") return appositionChain(ctx, region, k);
  // A relative clause's subject is the noun it hangs on: "negotiators, who continue to reject".
  if (RELATIVE_OPENERS.has(t.lower) && j === ctx.clauses[j]!.start) return antecedentOf(ctx, j);
  const floor = region[0]!;
  let phrase = phraseEndingAt(tokens, j, floor);
  if (!phrase) return null;
  phrase = throughModifiers(ctx, phrase, floor);
  // "Tuesday the Serbian parliament approved": a leading time word (and what tied it on) is no part of the subject.
  while (phrase.start < phrase.end - 1 && (ctx.timeTokens.has(phrase.start) || tokens[phrase.start]!.pos === "ADP")) phrase.start++;
  return phrase;
}

const RELATIVE_OPENERS = new Set(["who", "which", "that"]);

/** The phrase a relative pronoun at token `r` refers to. */
function antecedentOf(ctx: SentenceContext, r: number): Phrase | null {
  let j = r - 1;
  if (ctx.tokens[j]?.text === ",") j--;
  return j >= 0 ? phraseEndingAt(ctx.tokens, j, ctx.clauses[j]!.start) : null;
}

/** Words that attach a second party to a subject without making it the subject: "Washington along with its allies". */
const ACCOMPANYING = new Set(["along with", "together with", "as well as", "alongside"]);

/**
 * The phrase right before a verb may be the tail of a modifier of the real subject:
 * "guerrillas operating in Macedonia have been", "hackers angered by the cartoons have",
 * "aircraft using guided missiles killed", "Washington along with its allies demanded".
 * Walks back to the noun the modifier hangs on (twice at most).
 */
function throughModifiers(ctx: SentenceContext, phrase: Phrase, floor: number): Phrase {
  const { tokens } = ctx;
  let current = phrase;
  for (let round = 0; round < 2; round++) {
    let k = current.start - 1;
    const two = `${tokens[k - 1]?.lower} ${tokens[k]?.lower}`;
    const three = `${tokens[k - 2]?.lower} ${two}`;
    let anchor = -1;
    if (ACCOMPANYING.has(two)) anchor = k - 2;
    else if (ACCOMPANYING.has(three)) anchor = k - 3;
    else {
      if (tokens[k]?.pos === "ADP") k--;
      while (k >= floor && tokens[k]?.pos === "ADV") k--;
      const verb = tokens[k];
      if (verb && verb.pos === "VERB" && /(?:ing|ed|en)$/u.test(verb.lower) && isNominal(tokens, k - 1)) anchor = k - 1;
    }
    if (anchor < floor || !isNominal(tokens, anchor)) return current;
    const head = phraseEndingAt(tokens, anchor, floor);
    if (!head) return current;
    current = head;
  }
  return current;
}

/** Auxiliaries, adverbs, "to", verb-chain verbs ("is expected to"), time phrases: skipped on the way to the subject. */
function isSkippable(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (ctx.timeTokens.has(i)) return true;
  if (t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV") return true;
  if (SKIPPABLE_BEFORE_VERB.has(t.lower)) return true;
  // A verb or adjective right before "to" is part of the verb chain ("expected to", "ready to", "plans to").
  const next = ctx.tokens[i + 1];
  if ((t.pos === "VERB" || t.pos === "ADJ" || CHAIN_NOUNS.has(t.lower)) && next?.lower === "to") return true;
  // "are guilty of (violating)": an adjective predicate and its preposition.
  if (t.pos === "ADJ" && (next?.lower === "of" || next?.lower === "for")) return true;
  if ((t.lower === "of" || t.lower === "for") && ctx.tokens[i - 1]?.pos === "ADJ") return true;
  // "on Tuesday", "in June": the preposition of a time phrase.
  if ((t.lower === "on" || t.lower === "in" || t.lower === "at") && ctx.timeTokens.has(i + 1)) return true;
  return false;
}

/**
 * "X, an apposition, did" and "X, led by Y, did": walk back over comma-separated
 * segments (appositions, participle phrases) to the first phrase.
 */
function appositionChain(ctx: SentenceContext, region: number[], commaAt: number): Phrase | null {
  const { tokens } = ctx;
  let best: Phrase | null = null;
  let k = commaAt;
  while (k > 0 && tokens[region[k]!]!.text === ",") {
    // The segment between this comma and the previous one (or the clause start).
    let segmentStart = k - 1;
    while (segmentStart > 0 && tokens[region[segmentStart - 1]!]!.text !== ",") segmentStart--;
    const first = tokens[region[segmentStart]!]!;
    const participle = first.pos === "VERB" && /(?:ed|en|ing)$/u.test(first.lower);
    if (!participle) {
      const found = phraseEndingAt(tokens, region[k - 1]!, region[0]!);
      // "In particular, X, ...": a prepositional phrase is no apposition.
      if (!found || (tokens[found.start - 1]?.pos === "ADP" && best !== null)) break;
      const phrase = throughModifiers(ctx, found, region[0]!);
      best = phrase;
      const before = region.indexOf(phrase.start) - 1;
      if (before < 0) break;
      k = before;
    } else {
      k = segmentStart - 1;
      if (k < 0) break;
    }
  }
  return best;
}

/**
 * The subject of the sentence's main clause before token `before`: what a pronoun most
 * often refers back to ("Hungary has said it will ..."). A pronoun opening the sentence
 * refers to an earlier sentence, which this coder does not see.
 */
export function sentenceSubject(ctx: SentenceContext, before = ctx.tokens.length): Phrase | null {
  const { tokens, clauses } = ctx;
  for (let i = 0; i < before; i++) {
    const t = tokens[i]!;
    if ((t.pos === "VERB" || t.pos === "AUX") && clauses[i]!.role === "main") {
      const s = subjectOf(ctx, i, 2);
      if (s && !isPronoun(tokens[s.start])) return s;
    }
  }
  return null;
}

/** The speaker: subject of the sentence's first reporting verb ("..., Nakhala said"). */
export function speakerOf(ctx: SentenceContext): Phrase | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (isReportingVerb(ctx.tokens[i])) {
      const s = subjectOf(ctx, i, 2);
      if (s && !isPronoun(ctx.tokens[s.start])) return s;
    }
  }
  return null;
}

/** Resolves a lone pronoun: "we"/"I" to the speaker, others to the sentence's subject. */
export function resolvePronoun(ctx: SentenceContext, phrase: Phrase): Phrase {
  const t = ctx.tokens[phrase.start]!;
  if (phrase.end - phrase.start !== 1 || !isPronoun(t)) return phrase;
  const resolved = t.lower === "we" || t.lower === "i" || t.lower === "us" ? speakerOf(ctx) : sentenceSubject(ctx, phrase.start);
  return resolved ?? phrase;
}

// ---------------------------------------------------------------------------------------
// Recipient: the object side

/** Tokens after `from` that stay in the clause (or in a complement it opens). */
function rightRegion(ctx: SentenceContext, from: number, after: number): number[] {
  const { tokens, clauses } = ctx;
  const id = clauses[from]!.id;
  const region: number[] = [];
  for (let k = after; k < Math.min(tokens.length, after + RECIPIENT_WINDOW); k++) {
    const c = clauses[k]!;
    if (c.id !== id && c.role !== "complement") break;
    if (tokens[k]!.text === "." || tokens[k]!.text === ";") break;
    region.push(k);
  }
  return region;
}

export interface ObjectSearch {
  /** Token index of the trigger's last word: the search starts after it. */
  after: number;
  /** Prefer "with X" (meetings) over a direct object. */
  preferWith: boolean;
  /** Fall back on "in X" when nothing else names a recipient (verbs: "lifted a curfew in Montenegro"; not bare nouns). */
  places: boolean;
}

/** The recipient phrase(s) of a trigger at token `v`. */
export function objectOf(ctx: SentenceContext, v: number, search: ObjectSearch): Phrase | null {
  const region = rightRegion(ctx, v, search.after + 1);
  if (search.preferWith) {
    const withPhrase = prepositionalObject(ctx, region, new Set(["with"]));
    if (withPhrase) return withPhrase;
  }
  const direct = directObject(ctx, region);
  if (direct) {
    const named = namedPart(ctx, direct);
    if (named) return named;
  }
  const pp = prepositionalObject(ctx, region, RECIPIENT_ADPS);
  if (pp) return pp;
  if (direct && isPeople(ctx.tokens, direct)) return direct;
  if (!search.places) return null;
  return prepositionalObject(ctx, region, PLACE_ADPS) ?? plainObject(ctx, region, GOAL_ADPS);
}

/** Prepositions whose object is the recipient even when it names no one ("granted asylum to the dissident"). */
const GOAL_ADPS = new Set(["to", "with", "against"]);

/** The object of the first preposition in `adps`, named or not. */
function plainObject(ctx: SentenceContext, region: number[], adps: ReadonlySet<string>): Phrase | null {
  const ceiling = region.length > 0 ? region[region.length - 1]! + 1 : 0;
  for (const k of region) {
    if (!adps.has(ctx.tokens[k]!.lower) || ctx.timeTokens.has(k + 1)) continue;
    const phrase = phraseStartingAt(ctx.tokens, k + 1, ceiling);
    if (phrase) return phrase;
  }
  return null;
}

/**
 * The first noun phrase right after the trigger, past particles, adverbs, time words,
 * "that" and the verb of a "to" complement ("agreed to lift embargoes").
 */
function directObject(ctx: SentenceContext, region: number[]): Phrase | null {
  const { tokens } = ctx;
  for (const k of region) {
    const t = tokens[k]!;
    if (ctx.timeTokens.has(k) || t.pos === "ADV" || t.pos === "PART" || t.lower === "that" || (t.pos === "ADP" && (t.lower === "up" || t.lower === "out" || t.lower === "off"))) continue;
    if (t.pos === "VERB" && tokens[k - 1]?.lower === "to") continue;
    if (isNominal(tokens, k) || t.pos === "DET" || isPronoun(t)) return phraseStartingAt(tokens, k, region[region.length - 1]! + 1);
    return null;
  }
  return null;
}

/** The object of the first preposition in `adps` that names someone. */
function prepositionalObject(ctx: SentenceContext, region: number[], adps: ReadonlySet<string>, skipAdps: ReadonlySet<string> | null = null): Phrase | null {
  const { tokens } = ctx;
  const ceiling = region.length > 0 ? region[region.length - 1]! + 1 : 0;
  for (const k of region) {
    const t = tokens[k]!;
    if (!adps.has(t.lower) || skipAdps?.has(t.lower)) continue;
    if (ctx.timeTokens.has(k + 1)) continue;
    const phrase = phraseStartingAt(tokens, k + 1, ceiling);
    if (!phrase) continue;
    const named = namedPart(ctx, phrase);
    if (named) return named;
  }
  return null;
}

/**
 * The part of a phrase that names a participant: the possessor ("Turkey's efforts" ->
 * Turkey), the whole phrase when it is a group of people or a name, the name modifiers
 * ("a U.S. request" -> U.S.), or what an "of" phrase names ("the withdrawal of Serbian
 * forces" -> Serbian forces). Null when the phrase names no one ("its borders").
 */
export function namedPart(ctx: SentenceContext, phrase: Phrase): Phrase | null {
  const { tokens } = ctx;
  for (let i = phrase.start; i < phrase.end; i++) {
    if (tokens[i]!.text !== "'s" && tokens[i]!.text !== "’s") continue;
    // "Turkey's efforts" -> Turkey; but "the party's leader Mahmoud Abbas", "Montenegro's prime minister" name a person.
    const owned = { start: i + 1, end: headIndex(tokens, phrase) + 1 };
    if (owned.end > owned.start && (isPeople(tokens, owned) || nameRun(tokens, owned) !== null)) return phrase;
    return i > phrase.start ? { start: phrase.start, end: i } : null;
  }
  const head = headIndex(tokens, phrase);
  const headPhrase = { start: phrase.start, end: head + 1 };
  if (isPronoun(tokens[phrase.start]) && phrase.end - phrase.start === 1) return phrase;
  if (isPeople(tokens, headPhrase) || (tokens[head]!.capitalized && tokens[head]!.pos === "PROPN") || isPlaceWord(tokens[head]!.lower)) {
    return head + 1 < phrase.end && tokens[head + 1]!.lower === "of" ? phrase : headPhrase;
  }
  const names = nameRun(tokens, headPhrase);
  if (names) return names;
  if (head + 1 < phrase.end) {
    const tail = phraseStartingAt(tokens, head + 2, phrase.end);
    if (tail) return namedPart(ctx, tail);
  }
  return null;
}

/** The capitalised or place-word tokens inside a phrase ("a Senegalese peace plan" -> Senegalese). */
function nameRun(tokens: Token[], phrase: Phrase): Phrase | null {
  let start = -1;
  let end = -1;
  for (let i = phrase.start; i < phrase.end; i++) {
    const t = tokens[i]!;
    const named = (t.capitalized && t.pos !== "DET") || isPlaceWord(t.lower);
    if (named && start === -1) start = i;
    if (named) end = i + 1;
    else if (start !== -1) break;
  }
  return start === -1 ? null : { start, end };
}

function isPeople(tokens: Token[], phrase: Phrase): boolean {
  const head = tokens[phrase.end - 1];
  return head !== undefined && (hasForm(head, PEOPLE_NOUNS) || hasForm(head, ORG_HEADS));
}

// ---------------------------------------------------------------------------------------
// Passive voice

/**
 * "was attacked", "have been indicted", "would be allowed to leave", "a statement
 * released by Hamas"; not "is opposed to" or "is prepared to".
 */
export function isPassive(ctx: SentenceContext, v: number): boolean {
  const { tokens } = ctx;
  const verb = tokens[v]!;
  if (verb.pos !== "VERB" || verb.lower.endsWith("ing")) return false;
  if (ADJECTIVAL_PARTICIPLES.has(verb.lower)) return false;
  if (/(?:ed|en)$/u.test(verb.lower) && tokens[v + 1]?.lower === "by" && tokens[v - 1]?.pos !== "AUX") return true;
  for (let j = v - 1; j >= Math.max(0, v - 3); j--) {
    const t = tokens[j]!;
    if (t.pos === "AUX" && BE_FORMS.has(t.lower)) return true;
    if (t.pos !== "ADV" && !(t.pos === "AUX" && (t.lower === "has" || t.lower === "have" || t.lower === "had"))) return false;
  }
  return false;
}

/** The agent of a passive verb: the phrase after "by". */
export function agentOf(ctx: SentenceContext, v: number): Phrase | null {
  const region = rightRegion(ctx, v, v + 1);
  for (const k of region) {
    if (ctx.tokens[k]!.lower !== "by") continue;
    return phraseStartingAt(ctx.tokens, k + 1, region[region.length - 1]! + 1);
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Nominal triggers: actors inside the noun phrase

/**
 * Actors of a noun trigger from its own phrase: "Israeli strikes" -> Israeli, "Hamas's
 * demands" -> Hamas, "talks between Hamas and Israel" -> [Hamas, Israel], "an attack by
 * militants" -> militants.
 */
export function nominalActors(ctx: SentenceContext, noun: number, nounEnd: number): Phrase[] {
  const { tokens } = ctx;
  const between = tokens[nounEnd]?.lower === "between" ? phraseStartingAt(tokens, nounEnd + 1) : null;
  if (between) return splitCoordination(ctx, between);
  if (tokens[nounEnd]?.lower === "by" || tokens[nounEnd]?.lower === "among") {
    const by = phraseStartingAt(tokens, nounEnd + 1);
    if (by) return [by];
  }
  let start = noun;
  for (let i = noun - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (isNominal(tokens, i) || t.text === "'s" || t.text === "’s" || (t.text === "-" && !t.spaced)) start = i;
    else break;
  }
  const modifiers = { start, end: noun };
  if (modifiers.end <= modifiers.start) return [];
  const possessive = tokens.slice(start, noun).findIndex((t) => t.text === "'s" || t.text === "’s");
  if (possessive >= 0) return [{ start, end: start + possessive }];
  const names = nameRun(tokens, modifiers);
  // "these Cairo talks": a city in front of an event noun says where, not who.
  if (names && names.end - names.start === 1 && cityCountry(tokens[names.start]!.lower)) return [];
  return names ? [names] : [];
}

// ---------------------------------------------------------------------------------------
// Location and mediators

/** "in Cairo", "at the Rafah crossing", or (for a visit) "to Cairo": the nearest place phrase to the trigger. */
export function locationNear(ctx: SentenceContext, v: number, visit: boolean): Phrase | null {
  const { tokens, clauses } = ctx;
  const id = clauses[v]!.id;
  const adps = visit ? new Set([...LOCATION_ADPS, ...DESTINATION_ADPS]) : LOCATION_ADPS;
  let best: Phrase | null = null;
  let bestDistance = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    if (clauses[k]!.id !== id && clauses[k]!.role !== "complement") continue;
    if (!adps.has(tokens[k]!.lower) || ctx.timeTokens.has(k + 1)) continue;
    const phrase = phraseStartingAt(tokens, k + 1);
    if (!phrase) continue;
    const place = placePart(ctx, phrase);
    if (!place) continue;
    // Prefer places after the trigger: "arrived in Cairo" over "In Cairo, X met".
    const distance = k > v ? k - v : (v - k) * 2;
    if (distance < bestDistance) {
      best = place;
      bestDistance = distance;
    }
  }
  return best;
}

/** The place-naming part of a phrase: a mention of a place, a known place, or capitalised words that are no organisation or person. */
function placePart(ctx: SentenceContext, phrase: Phrase): Phrase | null {
  const { tokens } = ctx;
  const span = phraseText(ctx, phrase);
  const mention = ctx.mentions.find((m) => m.start >= span.start && m.end <= span.end);
  if (mention) return mention.type === "GPE" || mention.type === "LOC" ? tokenRange(tokens, mention.start, mention.end) : null;
  const core = withoutDeterminer(tokens, phrase);
  const names = nameRun(tokens, core);
  if (!names) return null;
  for (let i = names.start; i < names.end; i++) {
    const t = tokens[i]!;
    if (hasForm(t, ORG_HEADS) || PERSON_TITLES.has(t.lower) || MEDIA_NAMES.has(t.lower)) return null;
    if (t.lower in TIME_LOOKALIKES) return null;
  }
  const text = phraseText(ctx, names).text.toLowerCase();
  const known = countryOf(text) !== null || cityCountry(text) !== null || isPlaceWord(tokens[names.start]!.lower);
  // A demonym alone ("in Egyptian") is no place; an unknown capitalised word is taken as one.
  if (names.end - names.start === 1 && tokens[names.start]!.lower in DEMONYM_ONLY) return null;
  return known || tokens[names.start]!.pos === "PROPN" ? names : null;
}

const TIME_LOOKALIKES: Record<string, true> = Object.fromEntries([...TIME_WORDS].map((w) => [w, true]));
const DEMONYM_ONLY: Record<string, true> = { egyptian: true, israeli: true, palestinian: true, arab: true, qatari: true, american: true };

/** Tokens covering the character span [start, end). */
export function tokenRange(tokens: Token[], start: number, end: number): Phrase | null {
  let first = -1;
  let last = -1;
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue;
    if (first === -1) first = t.index;
    last = t.index;
  }
  return first === -1 ? null : { start: first, end: last + 1 };
}

/**
 * Third parties named in the sentence: "hosted / facilitated / mediated / brokered by X",
 * "X-brokered", "Egyptian mediators", "mediation by X", "mediation efforts ... including
 * Egypt and Qatar".
 */
export function mediatorsIn(ctx: SentenceContext): Phrase[] {
  const { tokens } = ctx;
  const found: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Qatari-brokered", "Egyptian-mediated"
    if (hasForm(t, MEDIATION_VERBS) && tokens[i - 1]?.text === "-" && !t.spaced && i >= 2) {
      const p = phraseEndingAt(tokens, i - 2, Math.max(0, i - 4));
      if (p) found.push(nameRun(tokens, p) ?? p);
      continue;
    }
    const isMediationWord = hasForm(t, MEDIATION_VERBS) || hasForm(t, MEDIATOR_NOUNS);
    if (!isMediationWord) continue;
    // "... by X" (passive participle or noun + by), with ", including X and Y" after it
    let k = i + 1;
    while (tokens[k] && (tokens[k]!.lower === "efforts" || tokens[k]!.lower === "effort" || tokens[k]!.pos === "ADV")) k++;
    if (tokens[k]?.lower === "by" || (hasForm(t, MEDIATOR_NOUNS) && tokens[k]?.lower === "of")) {
      const p = phraseStartingAt(tokens, k + 1);
      if (p) {
        found.push(p);
        const including = tokens[p.end]?.text === "," && tokens[p.end + 1]?.lower === "including" ? phraseStartingAt(tokens, p.end + 2) : null;
        if (including) found.push(...splitCoordination(ctx, including));
      }
      continue;
    }
    // "Egyptian mediators", "Egypt's mediation"
    if (hasForm(t, MEDIATOR_NOUNS) && t.pos !== "VERB") {
      const names = nominalActors(ctx, i, i + 1);
      // "Egyptian mediators" keeps the noun; "Egypt's mediation" is Egypt.
      if (names.length > 0) found.push(...names.map((p) => (p.end === i ? { start: p.start, end: i + 1 } : p)));
      else if (tokens[i + 1]?.lower === "from") {
        const p = phraseStartingAt(tokens, i + 2);
        if (p) found.push(p);
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------
// Phrases -> participants

/**
 * Participants for a phrase: the entity mentions it contains when they cover its head
 * (one per coordinated name), else the phrase itself (split on "and"), typed by the
 * gazetteer.
 */
export function toParticipants(ctx: SentenceContext, phrase: Phrase | null): EventParticipant[] {
  if (!phrase || phrase.end <= phrase.start) return [];
  const resolved = resolvePronoun(ctx, phrase);
  const core = withoutDeterminer(ctx.tokens, resolved);
  // A speaker or subject can come out empty: in a sentence opening on "'s release says"
  // (split after "D. A.") the possessor lies before the sentence. Nobody to name then.
  if (core.end <= core.start) return [];
  const span = phraseText(ctx, core);
  const mentions = ctx.mentions.filter((m) => m.start < span.end && m.end > span.start && m.type !== "MEDIA");
  const headToken = ctx.tokens[headIndex(ctx.tokens, core)]!;
  const headMentions = mentions.filter((m) => m.start <= headToken.start && m.end >= headToken.end);
  if (headMentions.length > 0) {
    const coordinated = splitCoordination(ctx, core).length > 1;
    const chosen = coordinated ? mentions.filter((m) => m.end <= span.end) : headMentions;
    return chosen.map((m) => fromMention(m));
  }
  return splitCoordination(ctx, core).map((p) => fromRule(ctx, p));
}

function fromMention(m: EntityMention): EventParticipant {
  return { start: m.start, end: m.end, text: m.text, type: m.type, country: countryOf(m.text) ?? cityCountry(m.text), from: "mention" };
}

function fromRule(ctx: SentenceContext, phrase: Phrase): EventParticipant {
  const span = phraseText(ctx, phrase);
  return { ...span, type: guessType(ctx.tokens, phrase), country: countryIn(ctx.tokens, phrase), from: "rule" };
}

/** Entity type of a rule-found phrase, or null for a common noun phrase. */
function guessType(tokens: Token[], phrase: Phrase): EventParticipant["type"] {
  const words = tokens.slice(phrase.start, phrase.end);
  const text = words.map((t) => t.text).join(" ").toLowerCase();
  if (MEDIA_NAMES.has(text)) return "MEDIA";
  const head = tokens[headIndex(tokens, phrase)]!;
  if (hasForm(head, ORG_HEADS)) return "ORG";
  if (countryOf(text) || cityCountry(text)) return "GPE";
  const titled = words.findIndex((t) => PERSON_TITLES.has(t.lower));
  if (titled >= 0 && words.slice(titled + 1).some((t) => t.capitalized && t.pos === "PROPN")) return "PERSON";
  if (words.length === 1 && (countryOf(head.lower) || isPlaceWord(head.lower))) return "GPE";
  return null;
}

function countryIn(tokens: Token[], phrase: Phrase): string | null {
  for (let i = phrase.start; i < phrase.end; i++) {
    const t = tokens[i]!;
    const two = i + 1 < phrase.end ? `${t.lower} ${tokens[i + 1]!.lower}` : "";
    const country = countryOf(two) ?? countryOf(t.lower) ?? cityCountry(t.lower) ?? (t.lower.endsWith("s") ? countryOf(t.lower.slice(0, -1)) : null);
    if (country) return country;
  }
  return null;
}
