/**
 * read: inputs (files, folders, "-" for stdin, http(s) URLs, JSONL) -> RawDocument.
 * One broken input never stops a batch: each yields a ReadFailure with its reason.
 */
import { createReadStream } from "node:fs";
import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { decodeBytes } from "./decode.js";
import { fetchUrl } from "./fetch.js";
import type { FetchOptions } from "./fetch.js";
import { parseJsonlLine } from "./jsonl.js";
import { sniffFormat } from "./sniff.js";
import type { Origin, RawDocument, ReadResult, SuppliedFields } from "./types.js";

export interface ReadOptions {
  /** Largest single article accepted (a file, a URL body, a JSONL line). Default 10 MB: news pages are far smaller. */
  maxArticleBytes?: number;
  /** Largest JSONL file accepted (it is streamed line by line). Default 1 GB. */
  maxJsonlBytes?: number;
  /** Metadata the user supplies for every input of the run (--published, --outlet). */
  supplied?: SuppliedFields;
  /** Fetching of http(s) inputs. */
  fetch?: FetchOptions;
  /** Reads standard input for "-" (injectable: the HTTP API hands request bodies in this way). */
  readStdin?: () => Promise<Uint8Array>;
  /** Origin recorded for "-" input; default stdin. The API records { kind: "api" }. */
  stdinOrigin?: Origin;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_JSONL_BYTES = 1024 * 1024 * 1024;
/** Extensions taken when walking a folder; named files are read whatever their extension. */
const FOLDER_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ""]);
/** Bytes read to decide whether a large file is JSONL (streamable) or one oversized article. */
const PEEK_BYTES = 65536;

/** Every input, expanded (folders walked recursively, sorted) and read in order. */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (input === "-") {
      yield* readStdinInput(options);
    } else if (/^https?:\/\//i.test(input)) {
      yield await readUrl(input, options);
    } else {
      yield* readPath(input, options, true);
    }
  }
}

async function* readPath(input: string, options: ReadOptions, named: boolean): AsyncGenerator<ReadResult> {
  const resolved = path.resolve(input);
  const origin: Origin = { kind: "file", location: resolved };
  let info;
  try {
    info = await stat(resolved);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield fail(origin, code === "ENOENT" ? "no such file or folder" : `cannot read: ${(error as Error).message}`);
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(resolved, { withFileTypes: true });
    } catch (error) {
      yield fail(origin, `cannot list folder: ${(error as Error).message}`);
      return;
    }
    const sorted = entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of sorted) {
      if (entry.isFile() && !FOLDER_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
      if (entry.isDirectory() && entry.name === "node_modules") continue;
      yield* readPath(path.join(resolved, entry.name), options, false);
    }
    return;
  }
  if (!info.isFile()) {
    if (named) yield fail(origin, "not a regular file");
    return;
  }
  yield* readFileInput(resolved, info.size, origin, options);
}

async function* readFileInput(file: string, size: number, origin: Origin, options: ReadOptions): AsyncGenerator<ReadResult> {
  const maxArticle = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const extension = path.extname(file).toLowerCase();
  if (size > maxArticle) {
    const head = await peek(file, PEEK_BYTES);
    const decoded = decodeBytes(head);
    if (decoded.ok && decoded.encoding === "utf-8" && sniffFormat(decoded.content, extension) === "jsonl") {
      if (size > (options.maxJsonlBytes ?? DEFAULT_MAX_JSONL_BYTES)) {
        yield fail(origin, `JSONL file too large: ${megabytes(size)} (limit ${megabytes(options.maxJsonlBytes ?? DEFAULT_MAX_JSONL_BYTES)})`);
        return;
      }
      yield* streamJsonl(file, origin, options);
      return;
    }
    yield fail(origin, `file too large for one article: ${megabytes(size)} (limit ${megabytes(maxArticle)})`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    yield fail(origin, `cannot read: ${(error as Error).message}`);
    return;
  }
  yield* fromBytes(bytes, origin, extension, options);
}

async function* fromBytes(bytes: Uint8Array, origin: Origin, extension: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield fail(origin, decoded.reason);
    return;
  }
  if (decoded.content.trim() === "") {
    yield fail(origin, "no text: the input holds only white space");
    return;
  }
  const format = sniffFormat(decoded.content, extension);
  if (format === "jsonl") {
    yield* jsonlLines(decoded.content.split("\n"), origin, options);
    return;
  }
  const document: RawDocument = {
    origin,
    raw: bytes,
    encoding: decoded.encoding,
    content: decoded.content,
    format,
    supplied: { user: userSupplied(options) },
  };
  yield { ok: true, document };
}

function* jsonlLines(lines: Iterable<string>, origin: Origin, options: ReadOptions, firstLine = 1): Generator<ReadResult> {
  let lineNumber = firstLine - 1;
  for (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    yield withUserMetadata(parseJsonlLine(line.replace(/\r$/, ""), { ...origin, line: lineNumber }), options);
  }
}

async function* streamJsonl(file: string, origin: Origin, options: ReadOptions): AsyncGenerator<ReadResult> {
  const maxLine = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const reader = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of reader) {
    lineNumber++;
    if (line.trim() === "") continue;
    const lineOrigin = { ...origin, line: lineNumber };
    if (line.length > maxLine) {
      yield fail(lineOrigin, `JSONL line too large: ${megabytes(line.length)} (limit ${megabytes(maxLine)})`);
      continue;
    }
    yield withUserMetadata(parseJsonlLine(line, lineOrigin), options);
  }
}

async function* readStdinInput(options: ReadOptions): AsyncGenerator<ReadResult> {
  const origin: Origin = options.stdinOrigin ?? { kind: "stdin", location: "stdin" };
  const bytes = await (options.readStdin ?? readProcessStdin)();
  yield* fromBytes(bytes, origin, "", options);
}

async function readUrl(url: string, options: ReadOptions): Promise<ReadResult> {
  const origin: Origin = { kind: "url", location: url };
  try {
    const bytes = await fetchUrl(url, { ...options.fetch, maxBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES });
    for await (const result of fromBytes(bytes, origin, path.extname(new URL(url).pathname), options)) {
      return result; // one URL is one article; extract takes its URL from the origin
    }
    return fail(origin, "no content");
  } catch (error) {
    return fail(origin, (error as Error).message);
  }
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function peek(file: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Adds the user's command-line metadata next to a JSONL record's own fields. */
function withUserMetadata(result: ReadResult, options: ReadOptions): ReadResult {
  const user = userSupplied(options);
  if (result.ok && user) result.document.supplied = { ...result.document.supplied, user };
  return result;
}

function userSupplied(options: ReadOptions): SuppliedFields | undefined {
  const defined = Object.entries(options.supplied ?? {}).filter(([, v]) => typeof v === "string" && v.trim() !== "");
  return defined.length > 0 ? (Object.fromEntries(defined) as SuppliedFields) : undefined;
}

function fail(origin: Origin, reason: string): ReadResult {
  return { ok: false, failure: { origin, reason } };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Rebuilds the document of a stored article from its kept raw bytes, as the first read
 * did (a JSONL line is parsed as a line again), so every later stage can be re-run.
 */
export function rereadDocument(stored: { raw: Uint8Array; origin: Origin; supplied: RawDocument["supplied"] }): ReadResult {
  const decoded = decodeBytes(stored.raw);
  if (!decoded.ok) return fail(stored.origin, decoded.reason);
  if (stored.origin.line !== undefined) {
    const result = parseJsonlLine(decoded.content, stored.origin);
    if (result.ok) result.document.supplied = stored.supplied;
    return result;
  }
  const extension = path.extname(stored.origin.kind === "url" ? new URL(stored.origin.location).pathname : stored.origin.location).toLowerCase();
  const format = sniffFormat(decoded.content, extension);
  const document: RawDocument = {
    origin: stored.origin,
    raw: stored.raw,
    encoding: decoded.encoding,
    content: decoded.content,
    format: format === "jsonl" ? "text" : format,
    supplied: stored.supplied,
  };
  return { ok: true, document };
}
