/**
 * POST /api/articles: the ingest pipeline over HTTP (read, extract, analyze, store),
 * exactly as `dossier ingest` runs it, with the same report.
 */
import type { FastifyInstance } from "fastify";
import type { SuppliedFields } from "../../stages/read/types.js";
import type { ArticleSummaryRow, StoredArticle } from "../../store/index.js";
import { normalizeDay } from "../../util/dates.js";
import { writeGuard } from "../auth.js";
import { ApiError } from "../errors.js";
import { bodyToContent, checkFieldTypes, ingestBodySchema } from "../ingest-body.js";
import { errorResponses } from "../schemas.js";
import type { RouteContext } from "./context.js";

/** Rows returned for the stored articles; a large batch lists the rest by id only. */
const MAX_ROWS_RETURNED = 100;

type SuppliedQuery = Partial<Record<keyof SuppliedFields, string>>;

const suppliedQuerySchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    title: { type: "string", maxLength: 2000, description: "title for every article of this request" },
    outlet: { type: "string", maxLength: 2000, description: "outlet for every article of this request" },
    published: { type: "string", maxLength: 100, description: "publication date (YYYY-MM-DD) for every article of this request" },
    url: { type: "string", maxLength: 2000, pattern: "^https?://", description: "address of the article (for a single-article body)" },
  },
} as const;

const ingestReportSchema = {
  description: "What was stored, what was there already, what failed and why",
  type: "object",
  required: ["read", "stored", "articles", "duplicates", "failures", "total", "seconds"],
  properties: {
    read: { type: "integer", description: "articles read (a JSONL line counts as one)" },
    stored: { type: "array", items: { type: "string" }, description: "ids of the articles newly stored" },
    articles: { type: "array", items: { $ref: "ArticleRow#" }, description: `the first ${MAX_ROWS_RETURNED} stored articles` },
    duplicates: {
      type: "array",
      items: { type: "object", properties: { origin: { $ref: "Origin#" }, id: { type: "string" } } },
    },
    failures: {
      type: "array",
      items: { type: "object", properties: { origin: { $ref: "Origin#" }, stage: { type: "string" }, reason: { type: "string" } } },
    },
    link: {
      type: "object",
      additionalProperties: true,
      description: "what linking (duplicates, actors, stories) did after storing",
      properties: { linked: { type: "integer" }, seconds: { type: "number" } },
    },
    total: { type: "integer", description: "articles in the store afterwards" },
    seconds: { type: "number" },
  },
} as const;

export function registerArticleWriteRoutes(app: FastifyInstance, context: RouteContext): void {
  const { dossier } = context;
  app.post<{ Querystring: SuppliedQuery }>(
    "/api/articles",
    {
      schema: {
        operationId: "ingestArticles",
        summary: "Ingest articles: JSON (one record or a list), JSONL, or one raw text / HTML / Markdown article",
        description:
          "Runs the same pipeline as `dossier ingest`. Query fields apply to every article of the request and win over the body's. " +
          "Needs `Authorization: Bearer <DOSSIER_TOKEN>`; without a token on the server, only same-machine requests are accepted.",
        tags: ["articles"],
        security: [{ bearer: [] }],
        querystring: suppliedQuerySchema,
        body: ingestBodySchema,
        response: { 200: ingestReportSchema, 201: ingestReportSchema, ...errorResponses(400, 401, 403, 413, 415, 429) },
      },
      // The guard runs before the body is even read: a stranger's upload costs nothing.
      onRequest: writeGuard(context.token),
      preValidation: async (request) => {
        if (request.headers["content-type"]?.startsWith("application/json")) checkFieldTypes(request.body);
      },
      config: { rateLimit: { max: context.writesPerMinute, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const supplied = suppliedFields(request.query);
      const content = bodyToContent(request.body, request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase() ?? "");
      const report = await dossier.ingestContent(content, { read: { supplied } });
      const articles: ArticleSummaryRow[] = [];
      for (const id of report.stored.slice(0, MAX_ROWS_RETURNED)) articles.push(toRow(await dossier.article(id)));
      reply.code(report.stored.length > 0 ? 201 : 200);
      return { ...report, articles, total: await dossier.countArticles() };
    },
  );
}

function suppliedFields(query: SuppliedQuery): SuppliedFields {
  const supplied: SuppliedFields = {};
  if (query.published !== undefined) {
    const day = normalizeDay(query.published);
    if (!day) throw new ApiError(400, "bad_request", `invalid querystring: published must be a date such as 2024-03-04, got "${query.published}"`);
    supplied.published = day;
  }
  for (const key of ["title", "outlet", "url"] as const) {
    const value = query[key]?.trim();
    if (value) supplied[key] = value;
  }
  return supplied;
}

function toRow({ article }: StoredArticle): ArticleSummaryRow {
  return {
    id: article.id,
    title: article.title.value,
    outlet: article.outlet.value,
    published: article.published.value,
    publishedSource: article.published.source,
    origin: article.origin,
    language: article.language,
  };
}
