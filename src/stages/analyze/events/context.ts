/**
 * PLOVER context of an event and the outcome of talks, from the words of its sentence.
 */
import { CONTEXT_CUES, DEFAULT_CONTEXT } from "./context-cues.js";
import type { Token } from "./nlp.js";
import type { ConsultOutcome, PloverContext, PloverEventType } from "./types.js";
import { OUTCOME_GAP, OUTCOME_PHRASES } from "./words.js";

/** At most this many contexts per event: beyond three, the list says little. */
export const MAX_CONTEXTS = 3;

/**
 * Contexts cued by the sentence's words, most cued first; the type's default when none is.
 *
 * @example contextsOf(tokens("Israeli tanks shelled the camp, killing civilians"), "ASSAULT") // ["military", "human_security"]
 */
export function contextsOf(tokens: Token[], event: PloverEventType): PloverContext[] {
  const ranked = rankedContexts(tokens);
  if (ranked.length > 0) return ranked;
  const fallback = DEFAULT_CONTEXT[event];
  return fallback ? [fallback] : [];
}

/** Contexts cued by the tokens, computed once per sentence (several events share it). */
const rankedBySentence = new WeakMap<Token[], PloverContext[]>();
function rankedContexts(tokens: Token[]): PloverContext[] {
  const cached = rankedBySentence.get(tokens);
  if (cached) return cached;
  const cues = cueIndex();
  const counts = new Map<PloverContext, number>();
  for (const t of tokens) {
    const hit = new Set<PloverContext>();
    for (const f of t.forms) for (const c of cues.get(f) ?? []) hit.add(c);
    for (const c of hit) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c).slice(0, MAX_CONTEXTS);
  rankedBySentence.set(tokens, ranked);
  return ranked;
}

let index: Map<string, PloverContext[]> | undefined;
/** Cue word -> contexts, built once. */
function cueIndex(): Map<string, PloverContext[]> {
  if (index) return index;
  index = new Map();
  for (const [context, words] of Object.entries(CONTEXT_CUES) as Array<[PloverContext, readonly string[]]>) {
    for (const w of words) index.set(w, [...(index.get(w) ?? []), context]);
  }
  return index;
}

/** OUTCOME_PHRASES with each phrase split into its words, once. */
const OUTCOMES = OUTCOME_PHRASES.map(({ words, outcome }) => ({ phrases: words.map((phrase) => phrase.split(" ")), outcome }));

/** Every base form of the tokens, computed once per sentence (several events share it). */
const formsBySentence = new WeakMap<Token[], Set<string>>();
function formsOf(tokens: Token[]): Set<string> {
  let forms = formsBySentence.get(tokens);
  if (!forms) {
    forms = new Set(tokens.flatMap((t) => t.forms));
    formsBySentence.set(tokens, forms);
  }
  return forms;
}

/** What the talks came to, when the sentence says ("ended without a breakthrough" -> no_agreement). */
export function outcomeOf(tokens: Token[]): ConsultOutcome | null {
  const forms = formsOf(tokens);
  for (const { phrases, outcome } of OUTCOMES) {
    // A phrase with a word no token has cannot match: most are ruled out without a scan.
    for (const words of phrases) if (words.every((w) => forms.has(w)) && containsPhrase(tokens, words)) return outcome;
  }
  return null;
}

function containsPhrase(tokens: Token[], words: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.forms.includes(words[0]!)) continue;
    let at = i;
    let ok = true;
    for (let w = 1; w < words.length; w++) {
      const word = words[w]!;
      let found = -1;
      for (let k = at + 1; k <= at + 1 + OUTCOME_GAP && k < tokens.length; k++) {
        if (tokens[k]!.forms.includes(word)) {
          found = k;
          break;
        }
      }
      if (found === -1) {
        ok = false;
        break;
      }
      at = found;
    }
    if (ok) return true;
  }
  return false;
}
