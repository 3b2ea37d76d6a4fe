/**
 * The bounded audit trail of removed blocks (Extraction.removed): enough to see what
 * was thrown away and why, never a copy of the whole page's navigation.
 */
import type { RemovalReason, RemovedBlock } from "../types.js";
import type { DomNode } from "./dom.js";

/** At most this many blocks are recorded per page; later ones are only counted. */
export const MAX_RECORDED_BLOCKS = 40;

/**
 * At most this many blocks per reason, so that a page's many navigation bars do not
 * use up the record before its comment section or captions are reached.
 */
export const MAX_RECORDED_PER_REASON = 8;

/** A recorded block's text is cut to this many characters (an audit needs the gist). */
export const MAX_RECORDED_CHARS = 300;

export class RemovalLog {
  readonly blocks: RemovedBlock[] = [];
  /** Removals past MAX_RECORDED_BLOCKS, or too short to record (one word: "Share", "Menu"). */
  unrecorded = 0;
  private readonly perReason = new Map<RemovalReason, number>();

  /** Records an element about to be removed. */
  add(node: DomNode, reason: RemovalReason): void {
    // Reading textContent walks the subtree: skip it when the record is full anyway.
    if (this.isFull(reason)) this.unrecorded++;
    else this.addText(node.textContent ?? "", reason);
  }

  /** Records a block of text removed by a text rule. */
  addText(text: string, reason: RemovalReason): void {
    const clean = text.replace(/\s+/g, " ").trim();
    if (this.isFull(reason) || !hasRecordedWords(clean)) {
      this.unrecorded++;
      return;
    }
    this.perReason.set(reason, (this.perReason.get(reason) ?? 0) + 1);
    this.blocks.push({ text: clean.length > MAX_RECORDED_CHARS ? `${clean.slice(0, MAX_RECORDED_CHARS - 1)}…` : clean, reason });
  }

  private isFull(reason: RemovalReason): boolean {
    return this.blocks.length >= MAX_RECORDED_BLOCKS || (this.perReason.get(reason) ?? 0) >= MAX_RECORDED_PER_REASON;
  }
}

/**
 * Whether `text` has at least two words (runs of letters and digits): a word's last
 * character, something else, the next word's first. Stops at the second word rather
 * than counting a whole navigation bar's, in one linear scan.
 */
const TWO_WORDS = /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u;

function hasRecordedWords(text: string): boolean {
  return TWO_WORDS.test(text);
}
