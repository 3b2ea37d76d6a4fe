/**
 * Hedge cues: words that mark a claim as uncertain or second-hand ("reportedly",
 * "could", "is expected to", "signaled"), and anonymous sourcing ("sources said",
 * "an official briefed on the talks", "on condition of anonymity").
 *
 * Read over the whole sentence: a cue anywhere in it hedges every claim of the
 * sentence, because news writing hedges a sentence rather than one of its phrases.
 * Modal cues inside a direct quote are the speaker's own words, not the outlet's
 * hedge, and are skipped.
 */
import type { Sentence, Span } from "../types.js";
import { ANONYMOUS_LINK, HEDGE_CUES } from "./lexicon.js";
import type { ChainLink, HedgeCue } from "./types.js";

export function sentenceHedges(sentence: Pick<Sentence, "text" | "start">, quotes: Span[]): HedgeCue[] {
  const cues: HedgeCue[] = [];
  for (const { pattern, kind } of HEDGE_CUES) {
    for (const m of sentence.text.matchAll(pattern)) {
      const start = sentence.start + m.index;
      if (kind !== "anonymous-source" && quotes.some((q) => start >= q.start && start < q.end)) continue;
      cues.push({ text: m[0], kind, start, end: start + m[0].length });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Anonymous links of a chain ("Informed sources", "a member ... with knowledge of the talks"), as hedge cues without a span of their own. */
export function anonymousLinks(chain: ChainLink[], at: Span): HedgeCue[] {
  return chain
    .filter((l) => l.role === "source" && ANONYMOUS_LINK.test(l.text))
    .map((l) => ({ text: l.text, kind: "anonymous-source" as const, start: at.start, end: at.end }));
}
