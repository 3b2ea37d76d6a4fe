import type { DocumentFormat, Origin } from "../read/types.js";

/** Where a metadata value came from (issue 2: published.source). */
export type MetadataSource = "meta" | "json-ld" | "url" | "dateline" | "feed" | "user" | "text" | "unknown";

export interface Sourced<T> {
  value: T | null;
  source: MetadataSource;
}

/** Why a block was removed from the clean text. */
export type RemovalReason =
  | "summary-prompt"
  | "article-teaser"
  | "comment-form"
  | "photo-credit"
  | "keyword-line"
  | "repeated-title"
  | "share-subscribe"
  | "navigation"
  | "html-boilerplate"
  // Added by the plain-text cleaner: ad slot markers ("Advertisement", "Sponsored"),
  // cookie consent text, and metadata lines (byline, "Published: ...", "(Reporting by ...)")
  // whose value goes to the article's metadata rather than its text.
  | "advertisement"
  | "cookie-notice"
  | "metadata-line"
  // Added by the HTML extractor: a comment section (the comments themselves, not only
  // the form), and a figure caption (the caption text, of which a credit is one kind).
  | "comments"
  | "caption";

/** A block removed as boilerplate: kept for audit, never silently dropped. */
export interface RemovedBlock {
  text: string;
  reason: RemovalReason;
}

/** A clean article: main text and metadata, each value with its source. */
export interface Article {
  /** Short stable id derived from the content hash. */
  id: string;
  /** sha256 of the raw input bytes; re-ingesting the same content adds nothing. */
  contentHash: string;
  origin: Origin;
  format: DocumentFormat;
  title: Sourced<string>;
  byline: Sourced<string>;
  outlet: Sourced<string>;
  /** ISO date (YYYY-MM-DD) or date-time. */
  published: Sourced<string>;
  url: string | null;
  /** ISO 639-3 code from franc, "und" when undetermined. */
  language: string;
  /** Clean main text: paragraphs separated by blank lines. */
  text: string;
  removed: RemovedBlock[];
  /** Which strategies were tried, and other notes for debugging. */
  diagnostics: string[];
}
