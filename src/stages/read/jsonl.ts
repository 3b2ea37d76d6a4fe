import type { RawDocument, ReadResult, Origin, SuppliedFields } from "./types.js";
import { sniffFormat } from "./sniff.js";

/** Fields a JSONL record may carry (issue 2); at least one of text / html is needed. */
interface JsonlRecord {
  text?: unknown;
  html?: unknown;
  url?: unknown;
  title?: unknown;
  published?: unknown;
  outlet?: unknown;
}

const encoder = new TextEncoder();

function optionalString(record: JsonlRecord, field: keyof JsonlRecord): string | undefined {
  const value = record[field];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * Turns one JSONL line into a document, or a failure naming the line and what is wrong.
 * The line's own bytes are the raw input kept in the store.
 */
export function parseJsonlLine(line: string, origin: Origin): ReadResult {
  let record: JsonlRecord;
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      return { ok: false, failure: { origin, reason: "JSONL line is not an object" } };
    }
    record = parsed as JsonlRecord;
  } catch (error) {
    return { ok: false, failure: { origin, reason: `JSONL line is not valid JSON: ${(error as Error).message}` } };
  }
  const html = optionalString(record, "html");
  const text = optionalString(record, "text");
  if (html === undefined && text === undefined) {
    return { ok: false, failure: { origin, reason: 'JSONL record has neither "text" nor "html"' } };
  }
  const feed: SuppliedFields = {};
  for (const field of ["title", "published", "outlet", "url"] as const) {
    const value = optionalString(record, field);
    if (value !== undefined) feed[field] = value;
  }
  const content = html ?? text!;
  const sniffed = html !== undefined ? "html" : sniffFormat(content, "");
  const document: RawDocument = {
    origin,
    raw: encoder.encode(line),
    encoding: "utf-8",
    content,
    format: sniffed === "jsonl" ? "text" : sniffed,
    supplied: { feed },
  };
  return { ok: true, document };
}
