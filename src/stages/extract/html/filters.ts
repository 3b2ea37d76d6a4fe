/**
 * Text-level clean-up of the chosen content: drops blocks that are furniture by what
 * they say ("Advertisement", "READ MORE: ...", "Image: GETTY", "Share this article")
 * or by what they are (a paragraph that is only a link, the title repeated), and
 * records each drop. Runs on blocks, after the DOM work, so it costs one pass.
 */
import type { RemovalReason } from "../types.js";
import type { TextBlock } from "./blocks.js";
import type { RemovalLog } from "./removal-log.js";
import { FURNITURE_HEADING, FURNITURE_LINES, FURNITURE_PREFIXES } from "./patterns.js";

/** A teaser line ("DON'T MISS", "Related articles") announces the list after it only when shorter than this. */
export const SHORT_BLOCK_CHARS = 160;

/**
 * A paragraph or list item whose text is at least this share link text is a teaser
 * (a promoted story inside the article). Not 1.0: link text is trimmed, so spacing
 * and punctuation outside the link keep the share a little under one.
 */
export const TEASER_LINK_SHARE = 0.9;

/**
 * ...but only when it has at least this many words: short all-link lines are as often
 * product names or references the article lists on purpose.
 */
export const TEASER_MIN_WORDS = 5;

/** Share of link text above which a line following a furniture heading goes with it. */
const LIST_LINK_SHARE = 0.5;

/** One block with the verdict of the filters. */
interface Verdict {
  block: TextBlock;
  reason: RemovalReason | null;
}

export interface FilterOptions {
  /** The page title, to drop a heading that only repeats it. */
  title: string | null;
  /** The page's URLs (given and canonical), to drop a block that only spells one out. */
  urls?: readonly string[];
}

/** Returns the blocks to keep, recording the others in `log`. */
export function filterBlocks(blocks: readonly TextBlock[], options: FilterOptions, log: RemovalLog): TextBlock[] {
  const verdicts: Verdict[] = blocks.map((block) => ({ block, reason: blockReason(block, options) }));
  dropAnnouncedLists(verdicts);
  const kept: TextBlock[] = [];
  for (const verdict of verdicts) {
    if (verdict.reason === null) kept.push(verdict.block);
    else log.addText(verdict.block.text, verdict.reason);
  }
  return kept;
}

/** Why one block is furniture, on its own; null when it is article text. */
export function blockReason(block: TextBlock, options: FilterOptions): RemovalReason | null {
  const text = block.text;
  for (const rule of FURNITURE_LINES) if (rule.pattern.test(text)) return rule.reason;
  const announced = announcedInBlock(block);
  if (announced !== null) return announced;
  const words = wordCount(text);
  for (const rule of FURNITURE_PREFIXES) if (words <= rule.maxWords && rule.pattern.test(text)) return rule.reason;
  if (isTeaser(block, words)) return "article-teaser";
  if (block.kind === "heading" && options.title !== null && sameText(text, options.title)) return "repeated-title";
  if (options.urls?.some((url) => sameUrl(text, url))) return "html-boilerplate";
  return null;
}

/**
 * A block whose first line announces a list ("DON'T MISS", "Tags:") and whose other
 * lines are mostly links: the announcement and its list written in one paragraph
 * with line breaks.
 */
function announcedInBlock(block: TextBlock): RemovalReason | null {
  const newline = block.text.indexOf("\n");
  if (newline < 0 || block.linkChars <= LIST_LINK_SHARE * block.text.length) return null;
  const firstLine = block.text.slice(0, newline);
  for (const rule of FURNITURE_LINES) if (rule.pattern.test(firstLine)) return rule.reason;
  return null;
}

function sameUrl(text: string, url: string): boolean {
  const key = (value: string) => value.trim().replace(/^https?:\/\/(?:www\.)?/i, "").replace(/[/#?]+$/, "").toLowerCase();
  return /^\S+$/.test(text.trim()) && key(text) === key(url);
}

function isTeaser(block: TextBlock, words: number): boolean {
  if (block.kind !== "paragraph" && block.kind !== "item") return false;
  if (block.linkChars < TEASER_LINK_SHARE * block.text.length) return false;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(block.text)) return false;
  return words >= TEASER_MIN_WORDS;
}

/**
 * A heading such as "Related stories" or "Comments", or a teaser line such as
 * "DON'T MISS", takes the run of list items and link-heavy lines after it along (the
 * list it announces), up to the next heading or plain paragraph.
 */
function dropAnnouncedLists(verdicts: Verdict[]): void {
  for (let i = 0; i < verdicts.length; i++) {
    const verdict = verdicts[i]!;
    if (!announcesList(verdict)) continue;
    const reason: RemovalReason = /comment|repl/i.test(verdict.block.text) ? "comments" : verdict.reason ?? "article-teaser";
    verdict.reason ??= reason;
    for (let j = i + 1; j < verdicts.length; j++) {
      const next = verdicts[j]!;
      if (next.block.kind === "heading" || !isListLike(next.block)) break;
      next.reason ??= reason;
    }
  }
}

/** Reasons whose short, link-free line announces a list ("DON'T MISS", "Tags", "Comments"). */
const ANNOUNCING_REASONS: ReadonlySet<RemovalReason> = new Set<RemovalReason>(["article-teaser", "keyword-line", "comments"]);

function announcesList(verdict: Verdict): boolean {
  const { block } = verdict;
  if (isHeadingLike(block) && FURNITURE_HEADING.test(block.text)) return true;
  return verdict.reason !== null && ANNOUNCING_REASONS.has(verdict.reason) && block.text.length < SHORT_BLOCK_CHARS && block.linkChars === 0;
}

/** Longest paragraph read as a heading ("<p><strong>More stories</strong></p>"): a title, not a sentence. */
const HEADING_LIKE_MAX_CHARS = 60;

/** A heading, or a short link-free paragraph without closing punctuation that stands in for one. */
function isHeadingLike(block: TextBlock): boolean {
  if (block.kind === "heading") return true;
  return block.kind === "paragraph" && block.linkChars === 0 && block.text.length <= HEADING_LIKE_MAX_CHARS && !/[.!?"”]$/.test(block.text);
}

function isListLike(block: TextBlock): boolean {
  return block.kind === "item" || block.linkChars > LIST_LINK_SHARE * block.text.length;
}

function sameText(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return key(a) === key(b);
}

function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words === null ? 0 : words.length;
}
