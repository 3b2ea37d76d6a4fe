/**
 * Finds lexicon triggers in a sentence and decides their sense from the object.
 *
 * A phrase entry ("pull out", "hunger strike") wins over the single words it covers.
 * Words that only look like events are left out: a verb glued behind a hyphen
 * ("US-backed", "Hamas-led"), a participle used as an adjective ("the proposed
 * ceasefire", "the besieged territory"), a noun that modifies another noun ("riot
 * police", "aid groups"), a capitalised month ("March").
 */
import type { ObjectSense, TriggerEntry, WordClass } from "./lexicon.js";
import { MAX_PHRASE_GAP, OBJECT_CLASSES, TRIGGERS } from "./lexicon.js";
import type { Token } from "./nlp.js";
import type { SentenceContext } from "./phrases.js";
import type { PloverEventType } from "./types.js";
import { TIME_WORDS } from "./words.js";

export interface TriggerMatch {
  entry: TriggerEntry;
  /** Token indices of the matched words, in order (the first is the head). */
  words: number[];
  first: number;
  last: number;
}

/** Type and mode a trigger codes once its object is read; `bySense` when an object decided it. */
export interface TriggerSense {
  event: PloverEventType;
  mode: string | null;
  bySense: boolean;
}

/** How far after a trigger its object may decide the sense, in tokens ("lifted Friday a day-old blockade"). */
export const OBJECT_WINDOW = 7;

/**
 * Nouns after an event noun that keep it an event ("mediation efforts", "attack
 * campaign"); any other noun makes it a modifier ("riot police", "attack helicopters").
 */
const GENERIC_EVENT_HEADS = new Set([
  "effort", "efforts", "mission", "process", "operation", "operations", "campaign", "attempt", "bid", "drive", "round",
  "session", "sessions", "activity", "activities", "action", "actions", "spree", "wave", "plan", "offer",
]);

interface IndexedEntry {
  entry: TriggerEntry;
  words: string[];
}

let index: Map<string, IndexedEntry[]> | undefined;

/** Lexicon entries by their first word, built once. */
function entriesByFirstWord(): Map<string, IndexedEntry[]> {
  if (index) return index;
  index = new Map();
  for (const entry of TRIGGERS) {
    const words = entry.words.split(" ");
    const list = index.get(words[0]!) ?? [];
    list.push({ entry, words });
    index.set(words[0]!, list);
  }
  return index;
}

/** Every trigger in the sentence, longest phrase first where they overlap. */
export function findTriggers(ctx: SentenceContext): TriggerMatch[] {
  const { tokens } = ctx;
  const byWord = entriesByFirstWord();
  const matches: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = new Set<IndexedEntry>();
    for (const form of tokens[i]!.forms) for (const e of byWord.get(form) ?? []) candidates.add(e);
    let best: TriggerMatch | null = null;
    for (const candidate of candidates) {
      if (!posAllows(candidate.entry.pos, tokens, i)) continue;
      const words = matchRest(tokens, i, candidate.words);
      if (!words) continue;
      if (best === null || words.length > best.words.length) best = { entry: candidate.entry, words, first: i, last: words[words.length - 1]! };
    }
    if (best && !isFalseTrigger(tokens, best)) matches.push(best);
  }
  return dropCovered(matches);
}

/** Matches the remaining words of a phrase after `i`, with small gaps. */
function matchRest(tokens: Token[], i: number, words: string[]): number[] | null {
  const found = [i];
  let at = i;
  for (const word of words.slice(1)) {
    let next = -1;
    for (let k = at + 1; k <= at + 1 + MAX_PHRASE_GAP && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.forms.includes(word)) {
        next = k;
        break;
      }
      if (!isGapToken(t)) break;
    }
    if (next === -1) return null;
    found.push(next);
    at = next;
  }
  return found;
}

function isGapToken(t: Token): boolean {
  if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ") return false;
  return t.pos !== "PUNCT" || t.text === "-";
}

function posAllows(pos: WordClass, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (pos === "any") return true;
  if (pos === "verb") return t.pos === "VERB" || participleAfterHave(tokens, i);
  // Nouns: wink tags a capitalised noun as PROPN and some event nouns as ADJ ("offensive").
  return t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || (t.pos === "VERB" && isAfterDeterminer(tokens, i));
}

/** wink tags some participles after "have" as nouns ("have retaken"). */
function participleAfterHave(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if ((t.pos !== "NOUN" && t.pos !== "ADJ") || !/(?:ed|en)$/u.test(t.lower)) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === "ADV") j--;
  return tokens[j]?.pos === "AUX" && /^(?:has|have|had)$/u.test(tokens[j]!.lower);
}

function isAfterDeterminer(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && (previous.pos === "DET" || previous.pos === "ADJ");
}

/** The look-alikes listed in the module comment. */
function isFalseTrigger(tokens: Token[], match: TriggerMatch): boolean {
  const head = tokens[match.first]!;
  const last = tokens[match.last]!;
  const before = tokens[match.first - 1];
  const after = tokens[match.last + 1];
  if (head.capitalized && TIME_WORDS.has(head.lower) && match.first > 0) return true;
  if (match.entry.notBefore?.some((w) => after?.forms.includes(w))) return true;
  if (before && !head.spaced && before.text === "-") return true;
  if (match.entry.pos === "verb" && match.words.length === 1) {
    const participle = /(?:ed|en|ing)$/u.test(head.lower);
    if (participle && before && (before.pos === "DET" || before.pos === "ADJ") && after && (after.pos === "NOUN" || after.pos === "ADJ")) return true;
    if (participle && match.first === 0 && after?.pos === "NOUN") return true;
  }
  // A capitalised noun inside a sentence is part of a name ("Amnesty International", "Operation Desert Storm").
  if (match.entry.pos === "noun" && head.capitalized && match.first > 0) return true;
  if (match.entry.pos !== "verb" && last.pos !== "VERB" && after && after.pos === "NOUN" && after.spaced && !GENERIC_EVENT_HEADS.has(after.lower) && !TIME_WORDS.has(after.lower)) {
    return !isEventNoun(after);
  }
  return false;
}

/** True when a noun is itself an event noun of the lexicon ("ceasefire talks"). */
function isEventNoun(token: Token): boolean {
  const entries = entriesByFirstWord();
  return token.forms.some((f) => (entries.get(f) ?? []).some((e) => e.entry.pos !== "verb" && e.words.length === 1));
}

/** Removes single-word matches inside a longer phrase match. */
function dropCovered(matches: TriggerMatch[]): TriggerMatch[] {
  const covered = new Set<number>();
  for (const m of matches) if (m.words.length > 1) for (let k = m.first; k <= m.last; k++) covered.add(k);
  return matches.filter((m) => m.words.length > 1 || !covered.has(m.first));
}

/**
 * The sense of a trigger: the first object word (nearest first) that a sense lists
 * decides; otherwise the entry's default. Null when the object shows no event
 * ("released a statement") or the entry has no default.
 *
 * @param extraObjects token indices also read as objects (a passive verb's subject: "the report was released").
 */
export function senseOf(ctx: SentenceContext, match: TriggerMatch, extraObjects: number[] = []): TriggerSense | null {
  const { entry } = match;
  if (entry.senses && entry.senses.length > 0) {
    const window = objectWindow(ctx, match);
    for (const k of [...window, ...extraObjects]) {
      const sense = senseForToken(ctx.tokens[k]!, entry.senses);
      if (sense) return sense.event === null ? null : { event: sense.event, mode: sense.mode ?? entry.mode ?? null, bySense: true };
    }
  }
  return entry.event === null ? null : { event: entry.event, mode: entry.mode ?? null, bySense: false };
}

/**
 * Tokens after the trigger that may be its object, in the clause. A possessor is not
 * the object: in "welcomed President Reagan's statement" the object is "statement".
 */
function objectWindow(ctx: SentenceContext, match: TriggerMatch): number[] {
  const { tokens, clauses } = ctx;
  const id = clauses[match.last]!.id;
  let window: number[] = [];
  for (let k = match.last + 1; k < Math.min(tokens.length, match.last + 1 + OBJECT_WINDOW); k++) {
    const t = tokens[k]!;
    if (clauses[k]!.id !== id && clauses[k]!.role !== "complement") break;
    if (t.text === "." || t.text === ";" || t.text === ",") break;
    if (t.text === "'s" || t.text === "’s") window = [];
    else window.push(k);
  }
  return window;
}

const expanded = new Map<readonly string[], ReadonlySet<string>>();

function senseForToken(token: Token, senses: readonly ObjectSense[]): ObjectSense | null {
  for (const sense of senses) {
    let words = expanded.get(sense.objects);
    if (!words) {
      words = new Set(sense.objects.flatMap((o) => OBJECT_CLASSES[o] ?? [o]));
      expanded.set(sense.objects, words);
    }
    if (token.forms.some((f) => words.has(f))) return sense;
  }
  return null;
}
