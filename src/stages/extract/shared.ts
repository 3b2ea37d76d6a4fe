import type { RemovedBlock, Sourced } from "./types.js";

/** What a format-specific extractor (HTML, plain text) returns; extract/index.ts turns it into an Article. */
export interface Extraction {
  /** Clean main text, paragraphs separated by one blank line. */
  text: string;
  title: Sourced<string>;
  byline: Sourced<string>;
  outlet: Sourced<string>;
  published: Sourced<string>;
  url: string | null;
  removed: RemovedBlock[];
  diagnostics: string[];
}

export const unknown = <T>(): Sourced<T> => ({ value: null, source: "unknown" });
