/**
 * HTML -> Extraction: main text, metadata with sources, removed blocks, diagnostics.
 *
 * The whole cascade, in order (STYLE.md points 1 and 5):
 *   1. normalise and parse the page once (linkedom);
 *   2. read the metadata first, while the page is intact (metadata.ts);
 *   3. pre-clean the tree: drop scripts and styles, measure its depth, remove
 *      furniture by tag, role, class and id, recording it (preclean.ts);
 *   4. main-content candidates, in order, each accepted by a named predicate:
 *        readability — Readability on the cleaned tree; tried only on trees of
 *                      sane depth (`isShallowForReadability`), accepted unless it
 *                      returned the whole page (`isWholePage`) or too little
 *                      (`isArticleSized`);
 *        density     — Dossier's prose-density finder (density.ts), on what
 *                      Readability left (it holds the whole page when Readability
 *                      gave up), accepted when it finds enough prose;
 *        body        — the whole cleaned page, always accepted (as flat text when
 *                      the tree is too deep to walk safely);
 *   5. split the winner into blocks and drop furniture lines (filters.ts);
 *   6. join the blocks into the clean text.
 * Every attempt leaves a line in `diagnostics`. Nothing here throws on bad input: a
 * failure anywhere falls back to the page's flat text, with the error in diagnostics.
 */
import { Readability } from "@mozilla/readability";
import type { Extraction } from "../shared.js";
import { unknown } from "../shared.js";
import type { TextBlock } from "./blocks.js";
import { joinBlocks, toBlocks } from "./blocks.js";
import { findDensestElement } from "./density.js";
import type { DomDocument, DomElement } from "./dom.js";
import { parseDocument, visibleChars } from "./dom.js";
import { filterBlocks } from "./filters.js";
import { datelineDate, extractMetadata } from "./metadata.js";
import { normalizeHtml } from "./normalize.js";
import { precleanDocument } from "./preclean.js";
import { RemovalLog } from "./removal-log.js";

export interface HtmlOptions {
  /** The page's URL when known (feed, JSONL), used for relative links, outlet and URL dates. Default: none (the canonical link is used). */
  url?: string;
}

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

/** A dateline is searched in this many first blocks of the main content (a title, a byline, then the dateline). */
const DATELINE_BLOCKS = 4;

type StrategyName = "readability" | "density" | "body";

/** One attempt of the cascade, for diagnostics. */
interface Attempt {
  strategy: StrategyName;
  blocks: TextBlock[];
  /** The element the blocks come from, when there is one (Readability's result is searched again by density). */
  element: DomElement | null;
  accepted: boolean;
  note: string;
}

/** The cleaned page, as the strategies see it. */
interface CleanPage {
  document: DomDocument;
  /** Visible characters of the cleaned body. */
  chars: number;
  depth: number;
}

/**
 * Extracts the main text and metadata of an HTML page.
 *
 * @example
 *   const result = extractHtml(html, { url: "https://example.org/2024/05/01/talks" });
 *   result.text            // "First paragraph.\n\nSecond paragraph."
 *   result.published       // { value: "2024-05-01", source: "url" }
 */
export function extractHtml(html: string, options: HtmlOptions = {}): Extraction {
  try {
    return extractParsed(parseDocument(normalizeHtml(html)), options);
  } catch (error) {
    return flatExtraction(html, options, error);
  }
}

function extractParsed(document: DomDocument, options: HtmlOptions): Extraction {
  const metadata = extractMetadata(document, options.url ?? null);
  const log = new RemovalLog();
  const cleaned = precleanDocument(document, log, MAX_TREE_DEPTH);
  const page: CleanPage = { document, chars: cleaned.pageChars, depth: cleaned.depth };
  const diagnostics: string[] = [`preclean: removed ${cleaned.removedElements} furniture elements, tree depth ${cleaned.depth}`];

  const attempts = chooseContent(page);
  for (const attempt of attempts) diagnostics.push(`${attempt.strategy}: ${attempt.accepted ? "accepted" : "rejected"} (${blocksChars(attempt.blocks)} chars${attempt.note ? `, ${attempt.note}` : ""})`);
  const blocks = attempts.find((attempt) => attempt.accepted)?.blocks ?? [];
  const urls = [options.url, metadata.url].filter((url): url is string => typeof url === "string");
  const kept = filterBlocks(blocks, { title: metadata.title.value, urls }, log);
  if (log.unrecorded > 0) diagnostics.push(`removed: ${log.unrecorded} more blocks not recorded`);
  const published = metadata.published.value !== null ? metadata.published : datelineDate(datelineCandidates(blocks, log));
  if (published.source === "dateline") diagnostics.push("published: dateline");

  return {
    text: joinBlocks(kept),
    title: metadata.title,
    byline: metadata.byline,
    outlet: metadata.outlet,
    published,
    url: metadata.url,
    removed: log.blocks,
    diagnostics: [...diagnostics, ...metadata.diagnostics],
  };
}

/** Runs the candidates in order until one is accepted; returns every attempt made. */
function chooseContent(page: CleanPage): Attempt[] {
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
    const reader = new Readability(page.document as never, { serializer: (node: unknown) => node as DomElement, disableJSONLD: true, charThreshold: MIN_ARTICLE_CHARS });
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

/**
 * Where a dateline may be: the first blocks of the main content before filtering (a
 * "Published Monday, Nov. 18, 2019" line is removed from the text but still dates
 * it), then the date and byline lines the pre-clean removed.
 */
function datelineCandidates(blocks: readonly TextBlock[], log: RemovalLog): string[] {
  const head = blocks.slice(0, DATELINE_BLOCKS).map((block) => block.text);
  const removed = log.blocks.filter((block) => block.reason === "metadata-line").map((block) => block.text);
  return [...head, ...removed];
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

/** The last fallback when parsing or walking failed: the page's text, tags stripped, as one block. */
function flatExtraction(html: string, options: HtmlOptions, error: unknown): Extraction {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ").replace(/<[^>]*>/g, " ");
  return {
    text: joinBlocks(flatBlocks(text)),
    title: unknown(),
    byline: unknown(),
    outlet: unknown(),
    published: unknown(),
    url: options.url ?? null,
    removed: [],
    diagnostics: [`failed: ${errorMessage(error)}; flat text of the page returned`],
  };
}

function flatBlocks(text: string): TextBlock[] {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean ? [{ text: clean, kind: "paragraph", linkChars: 0, tag: "body" }] : [];
}

function blocksChars(blocks: readonly TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
