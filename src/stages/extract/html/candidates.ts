/**
 * The main-content candidates of the HTML extractor, in order, each accepted by a
 * named predicate (STYLE.md point 5); index.ts runs them through `chooseContent`.
 *
 *   readability — Readability on the cleaned tree; tried only on trees of sane depth
 *                 (`isShallowForReadability`), accepted unless it returned the whole
 *                 page (`isWholePage`) or too little (`isArticleSized`);
 *   density     — Dossier's prose-density finder (density.ts), on what Readability
 *                 left (it holds the whole page when Readability gave up), accepted
 *                 when it finds enough prose (`isArticleSized`);
 *   body        — the whole cleaned page, always accepted (as flat text when the
 *                 tree is too deep to walk safely).
 */
import { Readability } from "@mozilla/readability";
import type { TextBlock } from "./blocks.js";
import { toBlocks } from "./blocks.js";
import { findDensestElement } from "./density.js";
import type { DomDocument, DomElement } from "./dom.js";
import { visibleChars } from "./dom.js";

/**
 * A candidate whose text is at least this share of the cleaned page's text is the
 * page, not its article: Readability returns the whole body when no element wins.
 * 0.9 leaves room for the bits Readability itself drops from a whole-page result.
 */
export const WHOLE_PAGE_SHARE = 0.9;

/**
 * ...unless the page is this short (characters), in which case the page may well be
 * the article (a bare fragment, a plain blog post).
 */
export const MIN_PAGE_CHARS_FOR_WHOLE_PAGE_CHECK = 2000;

/**
 * Readability is skipped on trees deeper than this: its cost grows faster than the
 * square of the depth (about 1 s for a 100-deep page of empty divs here), and the
 * deepest of the 131 real news pages of the benchmark is 51 levels deep.
 */
export const MAX_READABILITY_DEPTH = 80;

/**
 * Deeper trees are not walked at all (the walks below recurse): the text is the
 * page's flat text. 1000 keeps well inside Node's default call stack.
 */
export const MAX_TREE_DEPTH = 1000;

/**
 * A candidate with less text than this (characters) is rejected when a later one may
 * do better: 250 is about two short paragraphs. Readability's own retry threshold
 * is 500, but short news briefs exist.
 */
export const MIN_ARTICLE_CHARS = 250;

export type StrategyName = "readability" | "density" | "body";

/** One attempt of the cascade: what it produced, and why it was accepted or not (for diagnostics). */
export interface Attempt {
  strategy: StrategyName;
  blocks: TextBlock[];
  /** The element the blocks come from, when there is one (Readability's result is searched again by density). */
  element: DomElement | null;
  accepted: boolean;
  note: string;
}

/** The cleaned page, as the strategies see it. */
export interface CleanPage {
  document: DomDocument;
  /** Visible characters of the cleaned body. */
  chars: number;
  depth: number;
}

/** Runs the candidates in order until one is accepted; returns every attempt made. */
export function chooseContent(page: CleanPage): Attempt[] {
  const attempts: Attempt[] = [];
  const readability = readabilityAttempt(page);
  attempts.push(readability);
  if (readability.accepted) return attempts;

  if (page.depth <= MAX_TREE_DEPTH) {
    // When Readability gave up it moved the whole page into its result; search there.
    const density = densityAttempt(readability.element ?? page.document.body);
    attempts.push(density);
    if (density.accepted) return attempts;
  }

  attempts.push(bodyAttempt(page, readability.element));
  return attempts;
}

function readabilityAttempt(page: CleanPage): Attempt {
  const attempt = (element: DomElement | null, accepted: boolean, note: string): Attempt => ({
    strategy: "readability",
    blocks: accepted && element ? toBlocks(element) : [],
    element,
    accepted,
    note,
  });
  if (!isShallowForReadability(page.depth)) return attempt(null, false, `skipped, tree depth ${page.depth}`);
  let element: DomElement | null;
  try {
    // Readability is typed against the DOM lib; linkedom's document is what it expects at run time.
    // keepClasses: Readability would strip every class attribute of its result, which nothing after it reads.
    const reader = new Readability(page.document as never, { serializer: (node: unknown) => node as DomElement, disableJSONLD: true, keepClasses: true, charThreshold: MIN_ARTICLE_CHARS });
    element = reader.parse()?.content ?? null;
  } catch (error) {
    return attempt(null, false, `threw: ${errorMessage(error)}`);
  }
  if (element === null) return attempt(null, false, "no content");
  const chars = visibleChars(element);
  if (isWholePage(chars, page.chars)) return attempt(element, false, `returned the whole page (${chars} chars)`);
  if (!isArticleSized(chars)) return attempt(element, false, `too short (${chars} chars)`);
  return attempt(element, true, "");
}

function densityAttempt(scope: DomElement | null): Attempt {
  const candidate = scope ? findDensestElement(scope) : null;
  if (candidate === null) return { strategy: "density", blocks: [], element: null, accepted: false, note: "no prose found" };
  const accepted = isArticleSized(candidate.prose);
  return {
    strategy: "density",
    blocks: accepted ? toBlocks(candidate.element) : [],
    element: candidate.element,
    accepted,
    note: `<${candidate.element.localName}>, ${candidate.prose} prose chars`,
  };
}

/** `moved`: Readability's result, which holds the page's content once Readability has moved it out of the body. */
function bodyAttempt(page: CleanPage, moved: DomElement | null): Attempt {
  const body = moved ?? page.document.body;
  if (body === null) return { strategy: "body", blocks: [], element: null, accepted: true, note: "no body" };
  if (page.depth > MAX_TREE_DEPTH) return { strategy: "body", blocks: flatBlocks(body.textContent ?? ""), element: body, accepted: true, note: "flat text, tree too deep" };
  return { strategy: "body", blocks: toBlocks(body), element: body, accepted: true, note: "last resort" };
}

/** Whether Readability can be run on a tree this deep in reasonable time. */
export function isShallowForReadability(depth: number): boolean {
  return depth <= MAX_READABILITY_DEPTH;
}

/** Whether a candidate of `chars` characters is the whole page of `pageChars`. */
export function isWholePage(chars: number, pageChars: number): boolean {
  return pageChars >= MIN_PAGE_CHARS_FOR_WHOLE_PAGE_CHECK && chars >= WHOLE_PAGE_SHARE * pageChars;
}

/** Whether a candidate has enough text to be the article rather than a fragment of it. */
export function isArticleSized(chars: number): boolean {
  return chars >= MIN_ARTICLE_CHARS;
}

/** Text as one paragraph block, whitespace collapsed (for inputs whose structure cannot be walked). */
export function flatBlocks(text: string): TextBlock[] {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean ? [{ text: clean, kind: "paragraph", linkChars: 0, tag: "body" }] : [];
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
