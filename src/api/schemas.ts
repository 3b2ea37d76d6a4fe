/**
 * JSON schemas shared by the routes: they validate requests (Fastify's Ajv), shape
 * responses (fast-json-stringify) and are the OpenAPI document's components
 * (openapi.ts). Coupled to the records in src/store and src/stages: a field added
 * there shows up in responses through `additionalProperties: true` on the records
 * that other stages extend (article, analysis), and is listed here once it settles.
 */

export type JsonSchema = Record<string, unknown>;

const nullableString = { type: ["string", "null"] } as const;

export const errorSchema = {
  $id: "Error",
  description: "Every error: a stable code and a message for people.",
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: ["bad_request", "unauthorized", "forbidden", "not_found", "payload_too_large", "unsupported_media_type", "rate_limited", "internal"],
        },
        message: { type: "string" },
      },
    },
  },
} as const;

/** Page size bounds: a page of 500 list rows is ~100 KB of JSON, enough for a UI index. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export interface PageQuery {
  limit: number;
  offset: number;
}

/** `limit` and `offset` for any list; `extra` adds the list's own parameters. */
export function pageQuerySchema(extra: Record<string, JsonSchema> = {}, options: { defaultLimit?: number; maxLimit?: number; required?: string[] } = {}) {
  return {
    type: "object",
    additionalProperties: false,
    required: options.required ?? [],
    properties: {
      ...extra,
      limit: { type: "integer", minimum: 1, maximum: options.maxLimit ?? MAX_PAGE_SIZE, default: options.defaultLimit ?? DEFAULT_PAGE_SIZE, description: "page size" },
      offset: { type: "integer", minimum: 0, default: 0, description: "items skipped" },
    },
  };
}

/** The envelope of every list: the page's items and the size of the whole list. */
export function pageSchema(item: JsonSchema, extra: Record<string, JsonSchema> = {}) {
  return {
    type: "object",
    required: ["total", "limit", "offset", "items"],
    properties: {
      ...extra,
      total: { type: "integer", description: "items in the whole list" },
      limit: { type: "integer" },
      offset: { type: "integer" },
      items: { type: "array", items: item },
    },
  };
}

/**
 * Properties of a detail view holding a page of its articles (a story's, an actor's):
 * the rows, how many there are in all, and the page's bounds.
 */
export function articlePageProperties(articlesDescription: string, totalDescription: string) {
  return {
    articles: { type: "array", items: { $ref: "ArticleRow#" }, description: articlesDescription },
    articlesTotal: { type: "integer", description: totalDescription },
    limit: { type: "integer" },
    offset: { type: "integer" },
  } as const;
}

export const idParamsSchema = {
  type: "object",
  required: ["id"],
  properties: {
    id: { type: "string", pattern: "^[0-9a-fA-F]{4,64}$", description: "article id or a unique prefix of it (4+ hex digits)" },
  },
} as const;

export const originSchema = {
  $id: "Origin",
  type: "object",
  required: ["kind", "location"],
  properties: {
    kind: { type: "string", enum: ["file", "stdin", "url", "api"] },
    location: { type: "string" },
    line: { type: "integer" },
  },
} as const;

export const articleRowSchema = {
  $id: "ArticleRow",
  description: "An article's metadata without its text.",
  type: "object",
  required: ["id", "title", "outlet", "published", "publishedSource", "origin", "language"],
  properties: {
    id: { type: "string" },
    title: nullableString,
    outlet: nullableString,
    published: { ...nullableString, description: "YYYY-MM-DD" },
    publishedSource: { type: "string" },
    origin: { $ref: "Origin#" },
    language: { type: "string" },
  },
} as const;

const sourcedString = {
  type: "object",
  required: ["value", "source"],
  properties: {
    value: nullableString,
    source: { type: "string", enum: ["meta", "json-ld", "url", "dateline", "feed", "user", "text", "unknown"] },
  },
} as const;

const span = { start: { type: "integer" }, end: { type: "integer" } } as const;

export const articleSchema = {
  $id: "Article",
  type: "object",
  additionalProperties: true,
  required: ["id", "contentHash", "origin", "format", "title", "byline", "outlet", "published", "url", "language", "text", "removed", "diagnostics"],
  properties: {
    id: { type: "string" },
    contentHash: { type: "string" },
    origin: { $ref: "Origin#" },
    format: { type: "string", enum: ["html", "markdown", "text"] },
    title: sourcedString,
    byline: sourcedString,
    outlet: sourcedString,
    published: sourcedString,
    url: nullableString,
    language: { type: "string", description: "ISO 639-3, und when undetermined" },
    text: { type: "string", description: "clean main text; every span below indexes into it" },
    removed: {
      type: "array",
      description: "blocks removed as boilerplate, kept for audit",
      items: { type: "object", required: ["text", "reason"], properties: { text: { type: "string" }, reason: { type: "string" } } },
    },
    diagnostics: { type: "array", items: { type: "string" } },
  },
} as const;

export const analysisSchema = {
  $id: "Analysis",
  type: "object",
  additionalProperties: true,
  required: ["articleId", "version", "sentences", "mentions", "times"],
  properties: {
    articleId: { type: "string" },
    version: { type: "integer" },
    sentences: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: true,
        required: ["start", "end", "text", "kind", "paragraph"],
        properties: { ...span, text: { type: "string" }, kind: { type: "string" }, paragraph: { type: "integer" } },
      },
    },
    mentions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: true,
        required: ["start", "end", "text", "type"],
        properties: { ...span, text: { type: "string" }, type: { type: "string" }, role: { type: "string" }, affiliation: { type: "string" } },
      },
    },
    times: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: true,
        required: ["start", "end", "text", "type", "value", "granularity", "basis", "confidence"],
        properties: {
          ...span,
          text: { type: "string" },
          type: { type: "string" },
          value: nullableString,
          granularity: { type: "string" },
          range: { type: "object", properties: { from: { type: "string" }, to: { type: "string" } } },
          basis: { type: "string", enum: ["stated", "inferred"] },
          confidence: { type: "number" },
        },
      },
    },
  },
} as const;

export const storedArticleSchema = {
  $id: "StoredArticle",
  type: "object",
  required: ["article", "analysis", "encoding", "ingestedAt"],
  properties: {
    article: { $ref: "Article#" },
    analysis: { anyOf: [{ $ref: "Analysis#" }, { type: "null" }] },
    encoding: { type: "string" },
    ingestedAt: { type: "string", format: "date-time" },
    links: { $ref: "ArticleLinks#" },
  },
} as const;

export const summarySchema = {
  $id: "Summary",
  description: "An extractive summary: each sentence is exactly article.text.slice(start, end).",
  type: "object",
  required: ["articleId", "title", "sentences"],
  properties: {
    articleId: { type: "string" },
    title: nullableString,
    sentences: {
      type: "array",
      items: {
        type: "object",
        required: ["articleId", "start", "end", "text", "score"],
        properties: { articleId: { type: "string" }, ...span, text: { type: "string" }, score: { type: "number" } },
      },
    },
  },
} as const;

const segmentsSchema = {
  type: "array",
  items: { type: "object", required: ["text", "highlight"], properties: { text: { type: "string" }, highlight: { type: "boolean" } } },
} as const;

export const searchHitSchema = {
  $id: "SearchHit",
  type: "object",
  required: ["id", "title", "outlet", "published", "rank", "titleHighlight", "snippet"],
  properties: {
    id: { type: "string" },
    title: nullableString,
    outlet: nullableString,
    published: nullableString,
    rank: { type: "number" },
    titleHighlight: { ...segmentsSchema, description: "the title in runs; highlight marks query matches" },
    snippet: { ...segmentsSchema, description: "best fragments of the text in runs; highlight marks query matches" },
  },
} as const;

/** Schemas referenced by `$ref: "<$id>#"`; added to the instance once and listed in OpenAPI components. */
export const sharedSchemas: JsonSchema[] = [
  errorSchema,
  originSchema,
  articleRowSchema,
  articleSchema,
  analysisSchema,
  storedArticleSchema,
  summarySchema,
  searchHitSchema,
];

export const errorRef = { $ref: "Error#" } as const;

/** Error responses most routes can give, for their response schemas. */
export function errorResponses(...statuses: number[]): Record<number, JsonSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorRef]));
}
