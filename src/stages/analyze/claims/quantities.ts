/**
 * What a figure counts. Each figure of a sentence (numbers.ts) gets a slot from three
 * readings, in order:
 *   1. durations: a truce length when a truce word qualifies it ("60-day ceasefire",
 *      "the truce lasted seven days"), or, when the sentence names no truce, when the
 *      sentence before in the paragraph does ("... spoke of 42 days");
 *   2. the counted words after it: trucks, countries, hostages or prisoners (which
 *      side is read from "Israeli" / "Palestinian" / "from Israeli prisons");
 *   3. the nearest cue word around it: killed, injured, released, held, displaced,
 *      population ("home to", "residents").
 * A figure with no counted words ("put the figure at 200", "about 200 a day") takes
 * what the sentence or the one before last counted.
 */
import {
  COUNTRY_NOUNS, CUE_WORDS, FIGURE_NOUNS, HOSTAGE_NOUNS, HOSTAGE_SIDE_WORDS, NOT_A_LENGTH_AFTER, NOT_A_LENGTH_BEFORE,
  PEOPLE_NOUNS, PER_DAY_AFTER, PER_DAY_BEFORE, POSSESSIVE_PLACE_WORDS, PRISONER_NOUNS, PRISONER_SIDE_WORDS, TRUCE_WORDS, TRUCK_NOUNS,
} from "./lexicon.js";
import type { CueClass } from "./lexicon.js";
import type { NumberMention } from "./numbers.js";
import type { Token } from "./tokens.js";
import type { NumberValue } from "./types.js";

/** A truce word this many tokens before a duration, or TRUCE_REACH_AFTER after it, makes it the truce's length. */
const TRUCE_REACH_BEFORE = 6;
const TRUCE_REACH_AFTER = 3;
/** A cue word reaches a figure across at most this many tokens ("killed over 20,000": 0; "The death toll in Gaza has passed 31,000": 4). */
const CUE_REACH = 6;
/** Counted words after a figure: "Palestinian women and minors" is four; more is a clause, not a noun phrase. */
const MAX_COUNTED_WORDS = 5;
/**
 * A per-day marker this many tokens after the counted words still belongs to the
 * figure: "200 trucks of food, medicine and tents are now crossing from Egypt into Gaza
 * through Rafah every day" puts a list of goods and a clause of a dozen words between.
 * The next figure stops the search, so a marker is never borrowed from it.
 */
const PER_DAY_REACH = 20;

/** Words that end the counted noun phrase. */
const COUNTED_STOP = new Set([
  "of", "in", "from", "to", "for", "into", "through", "on", "at", "by", "with", "who", "that", "which", "were", "was", "are", "is",
  "have", "has", "had", "be", "been", "will", "would", "could", "may", "might", "a", "an", "the", "this", "each", "every", "per",
  "after", "before", "since", "during", "as", "than", "while", "but", "or", "remain", "remained", "still", "now", "so", "far",
  "carrying", "crossing", "entering", "entered", "crossed", "leaving", "living", "trapped", "held",
]);

export interface QuantityDraft {
  slot: string;
  value: NumberValue;
  /** Token range of the figure with its qualifier. */
  from: number;
  to: number;
  counted?: string;
}

/** What the sentence and its neighbours give for reading figures. */
export interface FigureContext {
  tokens: Token[];
  /** Tokens of the sentence before, in the same paragraph (empty when none). */
  previous: Token[];
  /** Token ranges already read as something else (vote tallies, exchange ratios). */
  taken: Array<{ from: number; to: number }>;
}

interface Counted {
  from: number;
  to: number;
  words: string[];
}

/** Every cue word, of any class. */
const ANY_CUE_WORD: ReadonlySet<string> = new Set(Object.values(CUE_WORDS).flat());

function countedAfter(tokens: Token[], from: number): Counted {
  const words: string[] = [];
  let j = from;
  while (j < tokens.length && words.length < MAX_COUNTED_WORDS) {
    const t = tokens[j]!;
    if (t.punct || COUNTED_STOP.has(t.lower) || /^\d/.test(t.text)) break;
    if (t.lower === "and") {
      // "women and minors": "and" joins two counted nouns; "Palestinians and injured more" starts a new clause.
      const next = tokens[j + 1]?.lower ?? "";
      if (ANY_CUE_WORD.has(next) || (!PEOPLE_NOUNS.has(next) && !HOSTAGE_NOUNS.has(next) && !PRISONER_NOUNS.has(next))) break;
    } else if (ANY_CUE_WORD.has(t.lower) && !PEOPLE_NOUNS.has(t.lower)) break;
    else if (ANY_CUE_WORD.has(t.lower) && words.length === 0) break;
    words.push(t.lower);
    j++;
  }
  return { from, to: j, words };
}

function hasTruceWord(tokens: Token[], from: number, to: number, extra: string[] = []): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    if (TRUCE_WORDS.has(tokens[k]!.lower) || extra.includes(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Is this duration the length of a truce? */
function isTruceLength(n: NumberMention, ctx: FigureContext): boolean {
  const { tokens } = ctx;
  const before = tokens[n.qualifierFrom - 1]?.lower ?? "";
  const after = tokens[n.to]?.lower ?? "";
  if (NOT_A_LENGTH_BEFORE.has(before) || NOT_A_LENGTH_AFTER.has(after)) return false;
  if (n.adjective) return hasTruceWord(tokens, n.to, n.to + TRUCE_REACH_AFTER);
  if (hasTruceWord(tokens, n.qualifierFrom - TRUCE_REACH_BEFORE, n.qualifierFrom) || hasTruceWord(tokens, n.to, n.to + TRUCE_REACH_AFTER)) return true;
  // "... spoke of 42 days": the sentence names no truce, the one before does.
  return !hasTruceWord(tokens, 0, tokens.length) && hasTruceWord(ctx.previous, 0, ctx.previous.length, ["phase"]);
}

/** The nearest cue word on either side, skipping an apposition after the counted words ("1.9 million people, about 85 percent ..., have been displaced"). */
function nearestCue(tokens: Token[], n: NumberMention, counted: Counted): { cue: CueClass; distance: number } | undefined {
  let best: { cue: CueClass; distance: number } | undefined;
  const consider = (k: number, distance: number) => {
    if (distance > CUE_REACH) return;
    for (const [cue, words] of Object.entries(CUE_WORDS) as Array<[CueClass, string[]]>) {
      if (!words.includes(tokens[k]!.lower)) continue;
      // "home to 2.3 million": "home" counts as a population cue only in that phrase.
      if (cue === "population" && tokens[k]!.lower === "home" && tokens[k + 1]?.lower !== "to") continue;
      if (!best || distance < best.distance) best = { cue, distance };
    }
  };
  for (let k = n.qualifierFrom - 1, d = 0; k >= 0 && d <= CUE_REACH; k--, d++) {
    if (tokens[k]!.text === ";") break;
    consider(k, d);
  }
  let start = counted.to;
  if (tokens[start]?.text === ",") {
    const close = tokens.findIndex((t, k) => k > start && k <= start + 10 && t.text === ",");
    if (close !== -1) start = close + 1;
  }
  for (let k = start, d = 0; k < tokens.length && d <= CUE_REACH; k++, d++) {
    if (tokens[k]!.text === ";" || tokens[k]!.text === ".") break;
    consider(k, d);
  }
  return best;
}

type Side = "hostage" | "prisoner" | undefined;

function sideOf(tokens: Token[], counted: Counted): Side {
  const words = counted.words;
  if (words.some((w) => HOSTAGE_NOUNS.has(w))) return "hostage";
  if (words.some((w) => PRISONER_NOUNS.has(w))) {
    return words.some((w) => HOSTAGE_SIDE_WORDS.has(w)) ? "hostage" : "prisoner";
  }
  if (words.some((w) => HOSTAGE_SIDE_WORDS.has(w))) return "hostage";
  if (words.some((w) => PRISONER_SIDE_WORDS.has(w))) return "prisoner";
  // "240 women and minors from Israeli prisons"
  const tail = tokens.slice(counted.to, counted.to + 4).map((t) => t.lower);
  if (tail[0] === "from" && tail.some((w) => w === "prisons" || w === "jails" || w === "detention")) return "prisoner";
  return undefined;
}

function perDay(tokens: Token[], n: NumberMention, counted: Counted): boolean {
  const after = tokens.slice(counted.to, counted.to + PER_DAY_REACH);
  // The marker of the next figure is not this one's: "Fewer than 100 trucks ..., down from 500 a day".
  const stop = after.findIndex((t) => t.text === ";" || t.text === "." || /^\d/.test(t.text));
  const window = (stop === -1 ? after : after.slice(0, stop)).map((t) => t.text).join(" ");
  const before = tokens.slice(Math.max(0, n.qualifierFrom - 3), n.qualifierFrom).map((t) => t.text).join(" ");
  return PER_DAY_AFTER.test(window) || PER_DAY_BEFORE.test(before);
}

/** The last counted noun class named before this figure, in the sentence or the one before: "trucks". */
function antecedentNoun(ctx: FigureContext, n: NumberMention): "truck" | undefined {
  const earlier = [...ctx.previous, ...ctx.tokens.slice(0, n.qualifierFrom)];
  for (let k = earlier.length - 1; k >= 0; k--) {
    if (TRUCK_NOUNS.has(earlier[k]!.lower)) return "truck";
  }
  return undefined;
}

function slotFromCue(cue: CueClass, side: Side, people: boolean): string | undefined {
  switch (cue) {
    case "released":
      return side === "hostage" ? "hostages-released" : side === "prisoner" ? "prisoners-released" : undefined;
    case "held":
      return side === "hostage" ? "hostages-held" : side === "prisoner" ? "prisoners-held" : undefined;
    case "killed":
    case "injured":
    case "displaced":
      return people ? cue : undefined;
    case "population":
      return people && side === undefined ? "population" : undefined;
  }
}

function toValue(n: NumberMention, factor = 1): NumberValue {
  const value: NumberValue = { type: "number", value: n.value * factor, qualifier: n.qualifier };
  if (n.upper !== undefined) value.upper = n.upper * factor;
  return value;
}

function classify(n: NumberMention, ctx: FigureContext, earlier: QuantityDraft[]): QuantityDraft | undefined {
  const { tokens } = ctx;
  const base = { from: n.qualifierFrom, to: n.to };
  if (n.unitDays !== undefined) {
    return isTruceLength(n, ctx) ? { ...base, slot: "truce-days", value: toValue(n, n.unitDays) } : undefined;
  }
  if (n.unit !== null) return undefined;
  const counted = countedAfter(tokens, n.to);
  const countedText = counted.to > counted.from ? tokens.slice(counted.from, counted.to).map((t) => t.text).join(" ") : undefined;
  const withCounted = (slot: string): QuantityDraft => ({ ...base, slot, value: toValue(n), ...(countedText ? { counted: countedText } : {}) });
  const words = counted.words;
  if (words.some((w) => TRUCK_NOUNS.has(w))) return withCounted(perDay(tokens, n, counted) ? "aid-trucks-per-day" : "aid-trucks");
  if (words.some((w) => COUNTRY_NOUNS.has(w))) return withCounted("countries");
  const side = sideOf(tokens, counted);
  const empty = words.length === 0 || words.every((w) => FIGURE_NOUNS.has(w));
  const people = empty || side !== undefined || words.some((w) => PEOPLE_NOUNS.has(w));
  const cue = nearestCue(tokens, n, counted);
  if (cue) {
    const slot = slotFromCue(cue.cue, side, people);
    if (slot) return withCounted(slot);
  }
  const possessive = tokens[n.qualifierFrom - 1]?.lower ?? "";
  if (people && !empty && side === undefined && (POSSESSIVE_PLACE_WORDS.has(possessive) || /^\p{Lu}[\p{L}-]*'s$/u.test(tokens[n.qualifierFrom - 1]?.text.replace(/’/g, "'") ?? ""))) {
    return withCounted("population");
  }
  // "... about 200 a day, while a UN official has put the figure closer to 50": the figure the sentence already counted.
  const sameKind = earlier.filter((d) => d.slot.startsWith("aid-trucks")).pop();
  if (empty && sameKind) return withCounted(perDay(tokens, n, counted) ? "aid-trucks-per-day" : sameKind.slot);
  if (empty && antecedentNoun(ctx, n) === "truck") return withCounted(perDay(tokens, n, counted) ? "aid-trucks-per-day" : "aid-trucks");
  return undefined;
}

/** Slots for the figures of one sentence; figures inside `taken` ranges are skipped. */
export function readQuantities(numbers: NumberMention[], ctx: FigureContext): QuantityDraft[] {
  const drafts: QuantityDraft[] = [];
  for (const n of numbers) {
    if (ctx.taken.some((r) => n.from < r.to && r.from < n.to)) continue;
    const draft = classify(n, ctx, drafts);
    if (draft) drafts.push(draft);
  }
  return drafts;
}
