/**
 * DOM subtree -> text blocks (paragraphs, headings, list items, table rows), with
 * the few figures the filters need (how much of a block is link text).
 *
 * Why not `textContent`: it glues blocks together ("…in Tampa, FL" + "June 14" becomes
 * "FLJune 14"), which corrupts both the clean text and every token count downstream.
 */
import type { DomElement, DomNode } from "./dom.js";
import { isElement, isText } from "./dom.js";

export type BlockKind = "paragraph" | "heading" | "item" | "row" | "quote" | "preformatted";

/** One block of text as it will appear in the clean text. */
export interface TextBlock {
  text: string;
  kind: BlockKind;
  /** Characters of the block's text that sit inside links. */
  linkChars: number;
  /** Lower-case tag name of the element that opened the block. */
  tag: string;
}

const BLOCK_KINDS: ReadonlyMap<string, BlockKind> = new Map([
  ["p", "paragraph"], ["div", "paragraph"], ["section", "paragraph"], ["article", "paragraph"],
  ["main", "paragraph"], ["header", "paragraph"], ["footer", "paragraph"], ["aside", "paragraph"],
  ["nav", "paragraph"], ["figure", "paragraph"], ["figcaption", "paragraph"], ["center", "paragraph"],
  ["address", "paragraph"], ["details", "paragraph"], ["summary", "paragraph"], ["form", "paragraph"],
  ["fieldset", "paragraph"], ["hgroup", "paragraph"], ["body", "paragraph"], ["caption", "paragraph"],
  ["dl", "paragraph"], ["dt", "item"], ["dd", "item"],
  ["h1", "heading"], ["h2", "heading"], ["h3", "heading"], ["h4", "heading"], ["h5", "heading"], ["h6", "heading"],
  ["ul", "paragraph"], ["ol", "paragraph"], ["li", "item"], ["menu", "paragraph"],
  ["table", "paragraph"], ["thead", "paragraph"], ["tbody", "paragraph"], ["tfoot", "paragraph"], ["tr", "row"],
  ["blockquote", "quote"], ["pre", "preformatted"], ["hr", "paragraph"],
]);

/** Table cells stay on their row's line, separated by this (no word characters, so no tokens). */
const CELL_SEPARATOR = " | ";

/** Collects blocks while walking; one instance per call of `toBlocks`. */
class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private kind: BlockKind = "paragraph";
  private tag = "div";

  open(kind: BlockKind, tag: string): void {
    this.flush();
    this.kind = kind;
    this.tag = tag;
  }

  write(text: string, inLink: boolean): void {
    this.parts.push(text);
    if (inLink) this.linkChars += text.trim().length;
  }

  flush(): void {
    const text = normalizeBlock(resolveLinkEdges(this.parts.join("")), this.kind === "preformatted");
    if (text.length > 0) this.blocks.push({ text, kind: this.kind, linkChars: Math.min(this.linkChars, text.length), tag: this.tag });
    this.parts = [];
    this.linkChars = 0;
  }
}

/**
 * Marks where a link starts and ends while a block is written. A link glued to a word
 * of another script ("デスクトップアプリ<a>Kindle for PC</a>に関する") is a word
 * boundary a reader sees, so a space is put there; elsewhere the mark just goes
 * (no space before punctuation, none inside a word that is only partly a link).
 * The mark is a Unicode noncharacter: never meant to appear in page text, so it
 * cannot collide with it.
 */
const LINK_EDGE = "\uFDD0";

function resolveLinkEdges(text: string): string {
  if (!text.includes(LINK_EDGE)) return text;
  return text.replace(/([^\uFDD0]?)\uFDD0+([^\uFDD0]?)/gsu, (_match, before: string, after: string) => before + (needsSpace(before, after) ? " " : "") + after);
}

/** A space between two letters of different scripts (Latin next to Han, Kana, Hangul...). */
function needsSpace(before: string, after: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(after)) return false;
  return isLatinOrDigit(before) !== isLatinOrDigit(after);
}

function isLatinOrDigit(char: string): boolean {
  return /[\p{Script=Latin}\p{N}]/u.test(char);
}

interface WalkState {
  inLink: boolean;
  inPre: boolean;
}

/**
 * Splits an element's content into text blocks, in document order.
 *
 * @example toBlocks(div) // [{ text: "First paragraph.", kind: "paragraph", ... }, ...]
 */
export function toBlocks(root: DomElement): TextBlock[] {
  const writer = new BlockWriter();
  walk(root, writer, { inLink: false, inPre: false }, "paragraph", root.localName);
  writer.flush();
  return writer.blocks;
}

function walk(node: DomElement, writer: BlockWriter, state: WalkState, parentKind: BlockKind, parentTag: string): void {
  let firstCell = true;
  for (const child of node.childNodes) {
    if (isText(child)) {
      writer.write(state.inPre ? child.data : child.data.replace(/\s+/g, " "), state.inLink);
    } else if (isElement(child)) {
      const tag = child.localName;
      if (tag === "br") {
        writer.write("\n", false);
      } else if (tag === "td" || tag === "th") {
        if (!firstCell) writer.write(CELL_SEPARATOR, false);
        firstCell = false;
        walk(child, writer, state, parentKind, parentTag);
      } else {
        walkElement(child, writer, state, parentKind, parentTag);
      }
    }
  }
}

function walkElement(element: DomElement, writer: BlockWriter, state: WalkState, parentKind: BlockKind, parentTag: string): void {
  const tag = element.localName;
  const kind = BLOCK_KINDS.get(tag);
  const childState: WalkState = {
    inLink: state.inLink || tag === "a",
    inPre: state.inPre || tag === "pre",
  };
  if (kind === undefined) {
    const boundary = tag === "a" && !state.inLink;
    if (boundary) writer.write(LINK_EDGE, false);
    walk(element, writer, childState, parentKind, parentTag);
    if (boundary) writer.write(LINK_EDGE, false);
    return;
  }
  writer.open(kind, tag);
  walk(element, writer, childState, kind, tag);
  // Text after this block, still inside the parent, belongs to the parent's kind again.
  writer.open(parentKind, parentTag);
}

function normalizeBlock(text: string, preformatted: boolean): string {
  if (preformatted) return text.replace(/^\n+|\s+$/g, "");
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0\u200b]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * Joins blocks into the clean text: one blank line between paragraphs, headings and
 * quotes; consecutive list items and table rows one per line.
 */
export function joinBlocks(blocks: readonly TextBlock[]): string {
  let text = "";
  let previous: TextBlock | undefined;
  for (const block of blocks) {
    if (previous !== undefined) text += isLineKind(previous.kind) && isLineKind(block.kind) ? "\n" : "\n\n";
    text += block.text;
    previous = block;
  }
  return text;
}

function isLineKind(kind: BlockKind): boolean {
  return kind === "item" || kind === "row";
}

/** Text of a subtree with blocks kept apart, for diagnostics and removed-block records. */
export function blockText(node: DomNode): string {
  return isElement(node) ? joinBlocks(toBlocks(node)) : (node.textContent ?? "").replace(/\s+/g, " ").trim();
}
