/** Where an input came from, shown by `articles` and `show`. */
export interface Origin {
  kind: "file" | "stdin" | "url" | "api";
  /** File path (as given, resolved), URL, or "stdin". */
  location: string;
  /** 1-based line number inside a JSONL input. */
  line?: number;
}

/** Metadata given alongside the content rather than found in it. */
export interface SuppliedFields {
  title?: string;
  /** Publication date as given (ISO 8601 or anything Date.parse understands). */
  published?: string;
  outlet?: string;
  url?: string;
}

/**
 * Who supplied metadata: a feed / JSONL record, or the user (command-line options, API
 * fields). The user's explicit values win over the feed's.
 */
export interface SuppliedMetadata {
  feed?: SuppliedFields;
  user?: SuppliedFields;
}

export type DocumentFormat = "html" | "markdown" | "text";

/** One input document, decoded, before extraction. */
export interface RawDocument {
  origin: Origin;
  /** The exact input bytes, kept so any analysis can be re-run without the original file. */
  raw: Uint8Array;
  /** Which decoding turned `raw` into `content`. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** Decoded content. */
  content: string;
  format: DocumentFormat;
  supplied: SuppliedMetadata;
}

/** An input that could not be read, with the reason, for the final report. */
export interface ReadFailure {
  origin: Origin;
  reason: string;
}

export type ReadResult = { ok: true; document: RawDocument } | { ok: false; failure: ReadFailure };
