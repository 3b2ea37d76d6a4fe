/**
 * Negotiating positions: an issue (permanent ceasefire, withdrawal, reconstruction,
 * disarmament, governance, guarantees) and the stance a cue word before it gives
 * ("insists on", "rejected", "open to"). The nearest cue wins; a negation flips it
 * ("does not want"). An issue listed right after another ("to end the offensive,
 * compel the withdrawal ..., and pave the way for reconstruction") shares its stance.
 * An issue with no cue is not a position: "the reconstruction of Gaza" alone is a topic.
 */
import type { Sentence, Span } from "../types.js";
import { ISSUES, NEGATION_BEFORE, STANCE_CUES, STANCE_CUE_REACH_WORDS } from "./lexicon.js";
import type { Stance } from "./types.js";

export interface PositionDraft {
  slot: string;
  stance: Stance;
  /** Absolute span of the issue phrase. */
  start: number;
  end: number;
  text: string;
  /** Where the stance cue starts (the holder is looked for before it). */
  cueStart: number;
}

interface IssueMatch extends Span {
  slot: string;
  text: string;
}

const FLIP: Record<Stance, Stance> = { demands: "rejects", accepts: "rejects", rejects: "accepts" };

function wordsBetween(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Issue phrases, one per slot and place: overlapping matches keep the longest. */
function issueMatches(sentence: Pick<Sentence, "text" | "start">): IssueMatch[] {
  const all: IssueMatch[] = [];
  for (const { slot, patterns } of ISSUES) {
    for (const pattern of patterns) {
      for (const m of sentence.text.matchAll(pattern)) {
        all.push({ slot, text: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IssueMatch[] = [];
  for (const m of all) {
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    // "a technocratic committee to run Gaza": one governance position, not two.
    if (kept.some((k) => k.slot === m.slot && wordsBetween(sentence.text.slice(k.end - sentence.start, m.start - sentence.start)) <= 3)) continue;
    kept.push(m);
  }
  return kept;
}

interface Cue extends Span {
  stance: Stance;
}

function stanceCues(sentence: Pick<Sentence, "text" | "start">): Cue[] {
  const cues: Cue[] = [];
  for (const { pattern, stance, conditional } of STANCE_CUES) {
    for (const m of sentence.text.matchAll(pattern)) {
      const start = sentence.start + m.index;
      const negated = stance !== "rejects" && !conditional && NEGATION_BEFORE.test(sentence.text.slice(0, m.index));
      cues.push({ stance: negated ? FLIP[stance] : stance, start, end: start + m[0].length });
    }
  }
  return cues.sort((a, b) => a.end - b.end || a.start - b.start);
}

export function findPositions(sentence: Pick<Sentence, "text" | "start">): PositionDraft[] {
  const cues = stanceCues(sentence);
  const drafts: PositionDraft[] = [];
  let previous: { draft: PositionDraft; end: number } | undefined;
  for (const issue of issueMatches(sentence)) {
    const before = cues.filter((c) => c.end <= issue.start && !(c.start >= issue.start));
    const nearest = before[before.length - 1];
    const reach = nearest ? wordsBetween(sentence.text.slice(nearest.end - sentence.start, issue.start - sentence.start)) : Infinity;
    let draft: PositionDraft | undefined;
    if (nearest && reach <= STANCE_CUE_REACH_WORDS) {
      draft = { slot: issue.slot, stance: nearest.stance, start: issue.start, end: issue.end, text: issue.text, cueStart: nearest.start };
    } else if (previous && wordsBetween(sentence.text.slice(previous.end - sentence.start, issue.start - sentence.start)) <= STANCE_CUE_REACH_WORDS) {
      draft = { slot: issue.slot, stance: previous.draft.stance, start: issue.start, end: issue.end, text: issue.text, cueStart: previous.draft.cueStart };
    }
    if (!draft) continue;
    if (!drafts.some((d) => d.slot === draft.slot)) drafts.push(draft);
    previous = { draft, end: issue.end };
  }
  return drafts;
}
