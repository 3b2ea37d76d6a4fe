/**
 * From frames to attributions across the article: an anaphoric speaker ("The
 * diplomatic source added", "the official told", "she said") takes the chain of the
 * speaker it refers back to; a claim's chain is the links of every frame holding it,
 * innermost first, then the publishing outlet. A channel that is the publisher itself
 * ("an Egyptian source told Nile Wire", published by Nile Wire) is not repeated.
 */
import { nameKey } from "../../link/actors/name-key.js";
import type { EntityMention } from "../types.js";
import type { Frame } from "./attribution.js";
import { ANAPHOR_HEADS } from "./lexicon.js";
import { headWord, mainMention, outletKey } from "./links.js";
import type { ChainLink, Speaker } from "./types.js";

/** Text of the publisher link when the outlet is unknown. */
export const UNKNOWN_PUBLISHER = "(publisher)";

/** How far back a pronoun with no speaker before it looks for a person's name. */
const PRONOUN_NAME_REACH = 2;

export interface ResolvedFrame extends Frame {
  /** This frame's links with an anaphoric source replaced by its antecedent's full chain. */
  resolved: ChainLink[];
  speaker: Speaker | null;
}

const PRONOUN = /^(?:he|she|they)$/i;
const DEFINITE = /^(?:the|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)$/iu;

function singular(word: string): string {
  return word.toLowerCase().replace(/s$/, "");
}

function anaphorHead(text: string, mentions: EntityMention[]): string | undefined {
  if (PRONOUN.test(text)) return text.toLowerCase();
  if (mentions.some((m) => m.type === "PERSON")) return undefined;
  const m = DEFINITE.exec(text);
  return m && ANAPHOR_HEADS.has(m[1]!.toLowerCase()) ? singular(m[1]!) : undefined;
}

/** The text a frame's speaker stands for: its antecedent's when it has one. */
function namingOf(frame: ResolvedFrame): string | undefined {
  return frame.speaker?.antecedent?.text ?? frame.subject?.text;
}

function matchesAnaphor(candidate: ResolvedFrame, head: string): boolean {
  const naming = namingOf(candidate);
  if (!naming || PRONOUN.test(naming)) return false;
  const candidateHead = headWord(naming);
  if (head === "he" || head === "she") {
    return candidate.speaker?.mention?.type === "PERSON" || (ANAPHOR_HEADS.has(candidateHead) && !candidateHead.endsWith("s"));
  }
  if (head === "they") return candidateHead.endsWith("s") || ["ORG", "GPE"].includes(candidate.speaker?.mention?.type ?? "");
  return singular(candidateHead) === head;
}

/** Links of the frames whose content holds `offset`, innermost first. */
function enclosing(frames: ResolvedFrame[], offset: number, except?: Frame): ResolvedFrame[] {
  return frames
    .filter((f) => f !== except && offset >= f.contentStart && offset < f.contentEnd)
    .sort((a, b) => a.contentEnd - a.contentStart - (b.contentEnd - b.contentStart));
}

/** A frame's full chain at its speaker: its own links plus those of the frames around its cue. */
function chainAtSpeaker(frame: ResolvedFrame, sentenceFrames: ResolvedFrame[]): ChainLink[] {
  return dedupe([...frame.resolved, ...enclosing(sentenceFrames, frame.cueStart, frame).flatMap((f) => f.resolved)]);
}

function dedupe(links: ChainLink[]): ChainLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.role === "source" ? "s" : "c"}:${outletKey(l.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function speakerOf(frame: Frame, mentions: EntityMention[], text: string): Speaker | null {
  if (!frame.subject) return null;
  const speaker: Speaker = { text: frame.subject.text, start: frame.subject.start, end: frame.subject.end };
  const mention = mainMention(mentions, frame.subject.start, frame.subject.end, { text, start: 0 });
  if (mention) {
    speaker.mention = mention;
    speaker.key = nameKey(mention.text);
  }
  return speaker;
}

function lastPersonBefore(mentions: EntityMention[], sentenceStarts: number[], sentence: number, offset: number): { mention: EntityMention; sentence: number } | undefined {
  const from = sentenceStarts[Math.max(0, sentence - PRONOUN_NAME_REACH)] ?? 0;
  const found = mentions.filter((m) => m.type === "PERSON" && m.start >= from && m.end <= offset).pop();
  if (!found) return undefined;
  const index = sentenceStarts.findLastIndex((s) => s <= found.start);
  return { mention: found, sentence: index };
}

/**
 * Resolves the frames of a whole article, sentence by sentence: anaphors take the chain
 * of the nearest earlier speaker with the same head noun ("The source" <- "A Palestinian
 * diplomatic source indicated to EFE") within `reach` sentences.
 */
export function resolveFrames(framesBySentence: Frame[][], mentions: EntityMention[], text: string, sentenceStarts: number[], reach: number): ResolvedFrame[][] {
  const out: ResolvedFrame[][] = [];
  for (let s = 0; s < framesBySentence.length; s++) {
    const current: ResolvedFrame[] = [];
    out.push(current);
    for (const frame of framesBySentence[s]!) {
      const resolved: ResolvedFrame = { ...frame, resolved: [...frame.links], speaker: speakerOf(frame, mentions, text) };
      current.push(resolved);
      if (!frame.subject) continue;
      const inSubject = mentions.filter((m) => m.start < frame.subject!.end && frame.subject!.start < m.end);
      const head = anaphorHead(frame.subject.text, inSubject);
      if (!head) continue;
      const candidates = [...current.slice(0, -1).reverse()];
      for (let back = s - 1; back >= Math.max(0, s - reach); back--) candidates.push(...[...out[back]!].reverse());
      const antecedent = candidates.find((c) => matchesAnaphor(c, head));
      if (antecedent) {
        const frames = out[antecedent.sentence]!;
        resolved.resolved = dedupe([...chainAtSpeaker(antecedent, frames), ...frame.links.slice(1)]);
        resolved.speaker!.antecedent = { text: namingOf(antecedent)!, sentence: antecedent.sentence };
        if (antecedent.speaker?.mention) {
          resolved.speaker!.mention = antecedent.speaker.mention;
          resolved.speaker!.key = antecedent.speaker.key!;
        }
        continue;
      }
      if (head === "he" || head === "she") {
        const person = lastPersonBefore(mentions, sentenceStarts, s, frame.subject.start);
        if (person) {
          resolved.resolved = [{ role: "source", text: person.mention.text, entityType: "PERSON" }, ...frame.links.slice(1)];
          resolved.speaker!.antecedent = { text: person.mention.text, sentence: person.sentence };
          resolved.speaker!.mention = person.mention;
          resolved.speaker!.key = nameKey(person.mention.text);
        }
      }
    }
  }
  return out;
}

export interface ClaimChain {
  speaker: Speaker | null;
  chain: ChainLink[];
}

/** The speaker and chain of whatever sits at `offset` in a sentence with these frames. */
export function chainAt(frames: ResolvedFrame[], offset: number, outlet: string | null): ClaimChain {
  const holding = enclosing(frames, offset);
  const links = dedupe(holding.flatMap((f) => f.resolved));
  const publisher: ChainLink = { role: "publisher", text: outlet ?? UNKNOWN_PUBLISHER };
  const publisherKey = outlet ? outletKey(outlet) : undefined;
  const chain = [...links.filter((l) => !(l.role === "channel" && publisherKey !== undefined && outletKey(l.text) === publisherKey)), publisher];
  const withSpeaker = holding.find((f) => f.speaker);
  let speaker: Speaker | null = withSpeaker?.speaker ?? null;
  if (!speaker && holding.length > 0 && links.length > 0) {
    speaker = { text: links[0]!.text, start: holding[0]!.cueStart, end: holding[0]!.cueEnd };
  }
  return { speaker, chain };
}
