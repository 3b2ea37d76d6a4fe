/**
 * Dossier's own main-content finder, used where Readability gives up (it returns the
 * whole page when no candidate wins) or returns too little.
 *
 * Every element gets `good - PENALTY * other`, where `good` is the text of the
 * paragraphs it holds that read like prose (long enough, few links) and `other` is
 * all the rest of its text (menus, link lists, short labels). The element with the
 * highest value is the main content: a wrapper that adds a sidebar pays for the
 * sidebar's text, a paragraph alone misses its siblings' prose. One bottom-up pass.
 */
import type { DomElement } from "./dom.js";
import { isElement, isText } from "./dom.js";

/** Elements whose text counts as one paragraph. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(["p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4"]);

/**
 * A paragraph with fewer characters than this is not prose (a label, a date, a
 * button): 50 is about eight words, shorter than almost any sentence of a story.
 */
export const MIN_PROSE_CHARS = 50;

/** A paragraph whose text is more than this share link text is a link list item, not prose. */
export const MAX_PROSE_LINK_SHARE = 0.3;

/**
 * Cost of one character of non-prose text inside a candidate, relative to the gain of
 * one prose character. 0.4: a wrapper must bring at least 2.5 characters of prose per
 * character of furniture to win over its smaller child.
 */
export const FURNITURE_PENALTY = 0.4;

export interface DensityCandidate {
  element: DomElement;
  /** Prose characters inside the element. */
  prose: number;
  /** All text characters inside the element. */
  total: number;
  score: number;
}

/** Text figures of one element, counted over its whole subtree. */
export interface ProseCounts {
  /** Characters of prose paragraphs. */
  prose: number;
  /** All text characters (whitespace trimmed per text node). */
  total: number;
  /** Characters inside links. */
  link: number;
}

/** Counts every element of `root` bottom-up, in one pass. */
export function measureProse(root: DomElement): Map<DomElement, ProseCounts> {
  const counts = new Map<DomElement, ProseCounts>();
  visit(root, false, counts);
  return counts;
}

/** The element of `root` with the best prose-versus-furniture score, or null when none has prose. */
export function findDensestElement(root: DomElement): DensityCandidate | null {
  let best: DensityCandidate | null = null;
  for (const [element, counts] of measureProse(root)) {
    if (counts.prose === 0) continue;
    const score = counts.prose - FURNITURE_PENALTY * (counts.total - counts.prose);
    if (best === null || score > best.score) best = { element, prose: counts.prose, total: counts.total, score };
  }
  return best;
}

function visit(element: DomElement, inLink: boolean, into: Map<DomElement, ProseCounts>): ProseCounts {
  const counts: ProseCounts = { prose: 0, total: 0, link: 0 };
  const link = inLink || element.localName === "a";
  for (const child of element.childNodes) {
    if (isText(child)) {
      const length = child.data.trim().length;
      counts.total += length;
      if (link) counts.link += length;
    } else if (isElement(child)) {
      const inner = visit(child, link, into);
      counts.prose += inner.prose;
      counts.total += inner.total;
      counts.link += inner.link;
    }
  }
  if (PARAGRAPH_TAGS.has(element.localName) && isProse(counts)) counts.prose = counts.total;
  into.set(element, counts);
  return counts;
}

function isProse(counts: ProseCounts): boolean {
  return counts.total >= MIN_PROSE_CHARS && counts.link <= MAX_PROSE_LINK_SHARE * counts.total;
}
