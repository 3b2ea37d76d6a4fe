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

/** Blocks with fewer words than this ("Share", "Menu") are counted, not recorded. */
export const MIN_RECORDED_WORDS = 2;

export class RemovalLog {
  readonly blocks: RemovedBlock[] = [];
  /** Removals past MAX_RECORDED_BLOCKS, or too short to record. */
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
    if (this.isFull(reason) || countWords(clean) < MIN_RECORDED_WORDS) {
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

function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+/gu);
  return matches === null ? 0 : matches.length;
}
