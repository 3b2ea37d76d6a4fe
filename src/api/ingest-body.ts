/**
 * Request bodies of POST /api/articles, turned into the bytes the read stage takes
 * (Dossier.ingestContent): JSON records become JSONL lines, JSONL bodies pass as they
 * are, and a raw text / HTML / Markdown body is one article whose encoding the read
 * stage detects, as it does for a file.
 */
import type { FastifyInstance } from "fastify";
import { ApiError } from "./errors.js";
import type { JsonSchema } from "./schemas.js";

/** One article in a JSON body: the JSONL record format of `dossier ingest`. */
export interface ArticleInput {
  text?: string;
  html?: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

export const NDJSON_TYPES = ["application/x-ndjson", "application/jsonl"];
export const RAW_TYPES = ["text/plain", "text/html", "text/markdown"];
/** Records per JSON body; larger batches belong in JSONL files given to `dossier ingest`. */
export const MAX_RECORDS = 10_000;
/** Metadata fields are short; anything longer is a mistake (a text pasted into a title). */
const MAX_FIELD_LENGTH = 2000;

const field = (description: string) => ({ type: "string", maxLength: MAX_FIELD_LENGTH, description });

export const articleInputSchema = {
  $id: "ArticleInput",
  type: "object",
  description: "One article: text or html, and optional metadata (fields as in a JSONL line of `dossier ingest`).",
  additionalProperties: false,
  anyOf: [{ required: ["text"] }, { required: ["html"] }],
  properties: {
    text: { type: "string", minLength: 1, description: "plain text or Markdown" },
    html: { type: "string", minLength: 1, description: "a whole page or a fragment; the main text is extracted" },
    title: field("headline"),
    published: field("publication date, e.g. 2024-03-04"),
    outlet: field("outlet name"),
    url: { ...field("the article's address"), pattern: "^https?://" },
  },
} as const;

/** The body schemas by media type (Fastify validates the JSON one; the others are bytes). */
export const ingestBodySchema: { content: Record<string, { schema: JsonSchema }> } = {
  content: {
    "application/json": {
      schema: {
        description: "one article or a list of them",
        oneOf: [{ $ref: "ArticleInput#" }, { type: "array", minItems: 1, maxItems: MAX_RECORDS, items: { $ref: "ArticleInput#" } }],
      },
    },
    ...Object.fromEntries(NDJSON_TYPES.map((type) => [type, { schema: { description: "JSONL: one article record per line, as in `dossier ingest`" } }])),
    ...Object.fromEntries(RAW_TYPES.map((type) => [type, { schema: { description: "one article; its encoding is detected (UTF-8, UTF-16 with BOM, Windows-1252)" } }])),
  },
};

/** Takes NDJSON and raw bodies as bytes (the read stage decodes them), within the body limit. */
export function installBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser([...NDJSON_TYPES, ...RAW_TYPES], { parseAs: "buffer" }, (_request, body, done) => done(null, body));
}

const INPUT_FIELDS = ["text", "html", "title", "published", "outlet", "url"] as const;

/**
 * Refuses non-string fields before schema validation: Fastify's validator coerces types
 * (needed for query strings), which would quietly store `{"text": 42}` as "42".
 */
export function checkFieldTypes(body: unknown): void {
  const records = Array.isArray(body) ? body : [body];
  records.forEach((record, index) => {
    if (record === null || typeof record !== "object") return; // the schema reports it
    for (const name of INPUT_FIELDS) {
      const value = (record as Record<string, unknown>)[name];
      if (value !== undefined && typeof value !== "string") {
        const where = Array.isArray(body) ? `body/${index}/${name}` : `body/${name}`;
        throw new ApiError(400, "bad_request", `invalid body: ${where} must be a string, got ${value === null ? "null" : typeof value}`);
      }
    }
  });
}

const encoder = new TextEncoder();

/** The bytes to ingest for a validated body of the given media type. */
export function bodyToContent(body: unknown, mediaType: string): Uint8Array {
  if (mediaType === "application/json") {
    const records = (Array.isArray(body) ? body : [body]) as ArticleInput[];
    return encoder.encode(records.map((record) => JSON.stringify(record)).join("\n") + "\n");
  }
  const bytes = body as Buffer;
  if (bytes.length === 0 || bytes.toString("utf8").trim() === "") throw new ApiError(400, "bad_request", "invalid body: it is empty");
  if (NDJSON_TYPES.includes(mediaType)) checkJsonlShape(bytes);
  return new Uint8Array(bytes);
}

/**
 * The read stage recognises JSONL by its shape (every line an object); a line that is
 * not would turn the whole body into one text article, so it is refused here instead.
 */
function checkJsonlShape(bytes: Buffer): void {
  const lines = bytes.toString("utf8").split("\n");
  lines.forEach((line, index) => {
    const trimmed = line.replace(/^\uFEFF/, "").trim();
    if (trimmed !== "" && !trimmed.startsWith("{")) {
      throw new ApiError(400, "bad_request", `invalid body: JSONL line ${index + 1} is not a JSON object`);
    }
  });
}
