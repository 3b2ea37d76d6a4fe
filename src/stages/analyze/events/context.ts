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
  const counts = new Map<PloverContext, number>();
  for (const [context, cues] of Object.entries(CONTEXT_CUES) as Array<[PloverContext, readonly string[]]>) {
    const set = cueSet(context, cues);
    const n = tokens.filter((t) => t.forms.some((f) => set.has(f))).length;
    if (n > 0) counts.set(context, n);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c).slice(0, MAX_CONTEXTS);
  if (ranked.length > 0) return ranked;
  const fallback = DEFAULT_CONTEXT[event];
  return fallback ? [fallback] : [];
}

const cueSets = new Map<PloverContext, ReadonlySet<string>>();
function cueSet(context: PloverContext, cues: readonly string[]): ReadonlySet<string> {
  let set = cueSets.get(context);
  if (!set) {
    set = new Set(cues);
    cueSets.set(context, set);
  }
  return set;
}

/** What the talks came to, when the sentence says ("ended without a breakthrough" -> no_agreement). */
export function outcomeOf(tokens: Token[]): ConsultOutcome | null {
  for (const { words, outcome } of OUTCOME_PHRASES) {
    for (const phrase of words) if (containsPhrase(tokens, phrase.split(" "))) return outcome;
  }
  return null;
}

function containsPhrase(tokens: Token[], words: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.forms.includes(words[0]!)) continue;
    let at = i;
    let ok = true;
    for (const word of words.slice(1)) {
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
