/**
 * Claims: who says what, according to whom, in one article. Pure and per article.
 *
 * The whole sequence, in order:
 *   1. per sentence: direct quotes (quotes.ts) and attribution frames — "according
 *      to X", "Cited by X,", "as announced by X", "X told Y that", "..., X said"
 *      (attribution.ts, links.ts);
 *   2. across the article: anaphoric speakers resolved, so "The source added" carries
 *      the chain of "a diplomatic source indicated to EFE" (chain.ts);
 *   3. per sentence, the claims:
 *        vote tallies (votes.ts) and exchange principles (exchange.ts) first, so their
 *        figures are not read again; then every other figure with what it counts
 *        (numbers.ts, quantities.ts); negotiating positions (positions.ts); direct
 *        quotes; and a reported clause for a frame that gave nothing more specific;
 *   4. each claim gets the chain of the frames holding it, the sentence's hedges plus
 *      anonymous links (hedges.ts), and for figures the date its sentence gives.
 */
import type { EntityMention, Sentence, TimeExpression } from "../types.js";
import { findFrames } from "./attribution.js";
import type { Frame, SentenceView } from "./attribution.js";
import { chainAt, resolveFrames } from "./chain.js";
import type { ResolvedFrame } from "./chain.js";
import { findExchangePrinciples } from "./exchange.js";
import { anonymousLinks, sentenceHedges } from "./hedges.js";
import { isPlaceComplement, mentionsIn } from "./links.js";
import { findNumbers } from "./numbers.js";
import { findPositions } from "./positions.js";
import type { PositionDraft } from "./positions.js";
import { readQuantities } from "./quantities.js";
import { findQuotes, wordCount } from "./quotes.js";
import { tokenize } from "./tokens.js";
import type { Token } from "./tokens.js";
import type { Attribution, Claim, ClaimInput, ClaimKind, ClaimOptions, ClaimValue, ClaimWhen, Holder, HedgeCue, Speaker } from "./types.js";
import { findVotes } from "./votes.js";

export type * from "./types.js";
export { UNKNOWN_PUBLISHER } from "./chain.js";
export { outletKey } from "./links.js";

/** Bump when claims change shape or meaning, so stored claims can be re-made. */
export const CLAIMS_VERSION = 1;

/**
 * 4: a shorter quote is a scare quote or a label ("“all-for-all”", "“completely”",
 * "“bridgeable”"), not a statement; four words is the shortest clause-like quote
 * ("We will not negotiate").
 */
export const MIN_QUOTE_WORDS = 4;

/** 4: a reported clause shorter than this is a fragment ("said so"), not a statement. */
export const MIN_REPORTED_WORDS = 4;

/**
 * 5: a news story names a source and keeps referring to it as "the source" or "he" for
 * a paragraph or two; five sentences covers that without reaching an unrelated
 * speaker further up.
 */
export const ANAPHORA_REACH = 5;

/**
 * 2000: news sentences run to a few hundred characters; a "sentence" ten times longer
 * is a table, a list without punctuation or hostile input, and reading it costs time
 * that grows with the square of its length (every attribution cue scans the rest of it).
 */
export const MAX_SENTENCE_CHARS = 2000;

interface Draft {
  kind: ClaimKind;
  slot: string;
  value: ClaimValue;
  start: number;
  end: number;
  counted?: string;
  holder?: Holder;
  when?: ClaimWhen;
}

interface SentenceWork {
  view: SentenceView;
  frames: ResolvedFrame[];
  tokens: Token[];
}

/**
 * Extracts the claims of one article.
 *
 * @example
 *   const text = "An Egyptian source told Nile Wire that mediators proposed a 42-day truce.";
 *   const sentences = splitSentences(text);
 *   extractClaims({ articleId: "a1", text, sentences, mentions: findEntities(text, sentences), times: [], outlet: "Levant Daily", published: null })
 *   // [{ slot: "truce-days", value: { type: "number", value: 42, qualifier: "exact" },
 *   //    attribution: { speaker: { text: "An Egyptian source" ... }, chain: [source, channel "Nile Wire", publisher "Levant Daily"], hedged: true ... } }]
 */
export function extractClaims(input: ClaimInput, options: ClaimOptions = {}): Claim[] {
  const { includeHeadlines = false, minQuoteWords = MIN_QUOTE_WORDS, anaphoraReach = ANAPHORA_REACH } = options;
  const readable = (s: Sentence) => (includeHeadlines || s.kind !== "headline") && s.text.length <= MAX_SENTENCE_CHARS;
  const views: SentenceView[] = input.sentences.map((sentence, index) => ({
    sentence, index, mentions: mentionsIn(input.mentions, sentence.start, sentence.end), quotes: findQuotes(sentence),
  }));
  const frames: Frame[][] = views.map((v) => (readable(v.sentence) ? findFrames(v) : []));
  const resolved = resolveFrames(frames, input.mentions, input.text, input.sentences.map((s) => s.start), anaphoraReach);
  const claims: Claim[] = [];
  let previousTokens: Token[] = [];
  views.forEach((view, i) => {
    const tokens = tokenize(view.sentence);
    const sameParagraph = i > 0 && input.sentences[i - 1]!.paragraph === view.sentence.paragraph;
    const work: SentenceWork = { view, frames: resolved[i]!, tokens };
    if (readable(view.sentence)) {
      const previousFrames = i > 0 ? resolved[i - 1]! : [];
      for (const draft of sentenceDrafts(work, sameParagraph ? previousTokens : [], previousFrames, input, minQuoteWords)) claims.push(toClaim(draft, work, input));
    }
    previousTokens = tokens;
  });
  return claims.map((c, n) => ({ ...c, id: `${input.articleId}#${n}` }));
}

function sentenceDrafts(work: SentenceWork, previous: Token[], previousFrames: ResolvedFrame[], input: ClaimInput, minQuoteWords: number): Draft[] {
  const { view, tokens } = work;
  const { sentence } = view;
  const drafts: Draft[] = [];
  const taken: Array<{ from: number; to: number }> = [];
  const takeSpan = (start: number, end: number) => {
    const from = tokens.findIndex((t) => t.end > start);
    const to = tokens.findIndex((t) => t.start >= end);
    if (from !== -1) taken.push({ from, to: to === -1 ? tokens.length : to });
  };
  for (const vote of findVotes(sentence)) {
    drafts.push({ kind: "quantity", slot: "vote", value: vote.value, start: vote.start, end: vote.end });
    takeSpan(vote.start, vote.end);
  }
  for (const x of findExchangePrinciples(sentence)) {
    drafts.push({ kind: "position", slot: "exchange-principle", value: { type: "label", label: x.label }, start: x.start, end: x.end });
    takeSpan(x.start, x.end);
  }
  for (const q of readQuantities(findNumbers(tokens), { tokens, previous, taken })) {
    const start = tokens[q.from]!.start;
    const end = tokens[q.to - 1]!.end;
    const draft: Draft = { kind: "quantity", slot: q.slot, value: q.value, start, end };
    if (q.counted) draft.counted = q.counted;
    const when = whenOf(input.times, sentence, start);
    if (when) draft.when = when;
    drafts.push(draft);
  }
  for (const p of findPositions(sentence)) {
    const draft: Draft = { kind: "position", slot: p.slot, value: { type: "stance", stance: p.stance }, start: p.start, end: p.end };
    const holder = holderOf(p, work, input, previousFrames);
    if (holder) draft.holder = holder;
    drafts.push(draft);
  }
  for (const q of view.quotes) {
    if (wordCount(q.inner.text) < minQuoteWords) continue;
    // A quote no one in its sentence is said to say is a cited phrase ("the resolution demanded “...”"), not a statement.
    if (!work.frames.some((f) => q.inner.start >= f.contentStart && q.inner.start < f.contentEnd)) continue;
    drafts.push({ kind: "statement", slot: "statement", value: { type: "text", text: q.inner.text, form: "quote" }, start: q.inner.start, end: q.inner.end });
  }
  drafts.push(...reportedStatements(work, drafts));
  return drafts.sort((a, b) => a.start - b.start);
}

/**
 * A frame whose content gave no figure, position or quote still says something: its
 * reported clause becomes a statement. Only innermost frames do, so "X said Y told Z
 * that ..." gives one statement, Y's.
 */
function reportedStatements(work: SentenceWork, drafts: Draft[]): Draft[] {
  const { view, frames } = work;
  const text = view.sentence.text;
  const out: Draft[] = [];
  for (const f of frames) {
    if (f.kind === "lead" || f.opening) continue;
    const holdsOther = frames.some((g) => g !== f && g.kind !== "lead" && g.cueStart >= f.contentStart && g.cueStart < f.contentEnd);
    const holdsClaim = drafts.some((d) => d.start >= f.contentStart && d.start < f.contentEnd);
    if (holdsOther || holdsClaim) continue;
    const base = view.sentence.start;
    let start = f.contentStart;
    let end = f.contentEnd;
    start += /^\s*(?:that\s+)?/i.exec(text.slice(start - base, end - base))![0].length;
    end -= /[\s,;:.—–-]*$/.exec(text.slice(start - base, end - base))![0].length;
    const body = text.slice(start - base, end - base);
    if (wordCount(body) < MIN_REPORTED_WORDS) continue;
    out.push({ kind: "statement", slot: "statement", value: { type: "text", text: body, form: "reported" }, start, end });
  }
  return out;
}

/** The date the sentence gives nearest to a figure ("ended on December 1"), as a day range. */
function whenOf(times: TimeExpression[], sentence: Sentence, offset: number): ClaimWhen | undefined {
  const dated = times
    .filter((t) => t.type === "DATE" && t.start >= sentence.start && t.end <= sentence.end)
    .map((t) => ({ t, range: rangeOf(t) }))
    .filter((x): x is { t: TimeExpression; range: { from: string; to: string } } => x.range !== undefined)
    .sort((a, b) => Math.abs(a.t.start - offset) - Math.abs(b.t.start - offset));
  const best = dated[0];
  return best ? { text: best.t.text, ...best.range } : undefined;
}

function rangeOf(t: TimeExpression): { from: string; to: string } | undefined {
  if (t.range && /^\d{4}-\d{2}-\d{2}$/.test(t.range.from) && /^\d{4}-\d{2}-\d{2}$/.test(t.range.to) && !/_REF$/.test(t.value ?? "")) return t.range;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(t.value ?? "");
  if (day) return { from: day[1]!, to: day[1]! };
  return undefined;
}

/** Words that stand for a party named elsewhere: the speaker's side ("we", "their") or the organisation last named ("it", "the group"). */
const SPEAKER_WORDS = /\b(?:we|our|us|they|their|them)\b/i;
const ORG_WORDS = /\b(?:it|its|the\s+(?:group|movement|organi[sz]ation|faction))\b/i;

/**
 * Whose position it is: the last party named before the stance cue in the same clause
 * ("Hamas insists on ..."), leaving out places after a preposition ("go to Cairo");
 * else "we" / "their" is the speaker (or, in the outlet's own voice, the previous
 * sentence's speaker: "They have firmly opposed ..."), and "it" / "the group" the last
 * organisation the article named; else the speaker.
 */
function holderOf(p: PositionDraft, work: SentenceWork, input: ClaimInput, previousFrames: ResolvedFrame[]): Holder | undefined {
  const { view, frames } = work;
  const holding = frames.filter((f) => p.start >= f.contentStart && p.start < f.contentEnd).sort((a, b) => a.contentEnd - a.contentStart - (b.contentEnd - b.contentStart))[0];
  const from = holding ? holding.contentStart : view.sentence.start;
  const named = view.mentions.filter((m) => m.type !== "MEDIA" && m.start >= from && m.end <= p.cueStart && !isPlaceComplement(m, { text: input.text, start: 0 })).pop();
  if (named) return holderFrom(named);
  const before = input.text.slice(from, p.cueStart);
  const speaker = holding?.speaker ?? previousFrames.find((f) => f.speaker)?.speaker ?? null;
  if (SPEAKER_WORDS.test(before) && speaker) return speakerHolder(speaker);
  if (ORG_WORDS.test(before)) {
    const org = input.mentions.filter((m) => m.type === "ORG" && m.end <= p.cueStart).pop();
    if (org) return holderFrom(org);
  }
  return holding?.speaker ? speakerHolder(holding.speaker) : undefined;
}

function speakerHolder(speaker: Speaker): Holder {
  return speaker.mention ? holderFrom(speaker.mention) : { text: speaker.antecedent?.text ?? speaker.text };
}

function holderFrom(m: EntityMention): Holder {
  return { text: m.text, entityType: m.type };
}

function attributionOf(draft: Draft, work: SentenceWork, input: ClaimInput): Attribution {
  const { view, frames } = work;
  const { speaker, chain } = chainAt(frames, draft.start, input.outlet);
  const hedges: HedgeCue[] = [...sentenceHedges(view.sentence, view.quotes), ...anonymousLinks(chain, speaker ?? draft)];
  return { speaker, chain, hedges, hedged: hedges.length > 0, ownVoice: chain.length === 1 && speaker === null };
}

function toClaim(draft: Draft, work: SentenceWork, input: ClaimInput): Claim {
  const { sentence } = work.view;
  const claim: Claim = {
    id: "",
    articleId: input.articleId,
    outlet: input.outlet,
    published: input.published,
    kind: draft.kind,
    slot: draft.slot,
    value: draft.value,
    sentenceIndex: work.view.index,
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
    core: { start: draft.start, end: draft.end, text: input.text.slice(draft.start, draft.end) },
    attribution: attributionOf(draft, work, input),
    provenance: { stage: "analyze/claims", version: CLAIMS_VERSION },
  };
  if (draft.counted) claim.counted = draft.counted;
  if (draft.holder) claim.holder = draft.holder;
  if (draft.when) claim.when = draft.when;
  return claim;
}
