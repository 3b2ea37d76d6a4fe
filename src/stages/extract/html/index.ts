/**
 * HTML -> Extraction: main text, metadata with sources, removed blocks, diagnostics.
 *
 * The whole cascade, in order (STYLE.md points 1 and 5):
 *   1. normalise and parse the page once (linkedom);
 *   2. read the metadata first, while the page is intact (metadata.ts);
 *   3. pre-clean the tree: drop scripts and styles, measure its depth, remove
 *      furniture by tag, role, class and id, recording it (preclean.ts);
 *   4. main-content candidates, in order, each accepted by a named predicate
 *      (candidates.ts): readability -> density -> body;
 *   5. split the winner into blocks and drop furniture lines (filters.ts);
 *   6. join the blocks into the clean text.
 * Every attempt leaves a line in `diagnostics`. Nothing here throws on bad input: a
 * failure anywhere falls back to the page's flat text, with the error in diagnostics.
 */
import type { Extraction } from "../shared.js";
import { unknown } from "../shared.js";
import type { TextBlock } from "./blocks.js";
import { joinBlocks } from "./blocks.js";
import type { CleanPage } from "./candidates.js";
import { MAX_TREE_DEPTH, chooseContent, errorMessage, flatBlocks } from "./candidates.js";
import type { DomDocument } from "./dom.js";
import { parseDocument } from "./dom.js";
import { filterBlocks } from "./filters.js";
import { datelineDate, extractMetadata } from "./metadata.js";
import { normalizeHtml } from "./normalize.js";
import { precleanDocument } from "./preclean.js";
import { RemovalLog } from "./removal-log.js";

export interface HtmlOptions {
  /** The page's URL when known (feed, JSONL), used for relative links, outlet and URL dates. Default: none (the canonical link is used). */
  url?: string;
}

/** A dateline is searched in this many first blocks of the main content (a title, a byline, then the dateline). */
const DATELINE_BLOCKS = 4;

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

function blocksChars(blocks: readonly TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

