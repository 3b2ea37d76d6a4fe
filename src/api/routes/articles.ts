/**
 * Articles, read side: the list (newest first), one article with its analysis and its
 * links, and its cited summary. Writes are in articles-write.ts.
 */
import type { FastifyInstance } from "fastify";
import type { Dossier } from "../../dossier.js";
import type { PageQuery } from "../schemas.js";
import { errorResponses, idParamsSchema, pageQuerySchema, pageSchema } from "../schemas.js";
import type { RouteContext } from "./context.js";

/** Summary length bounds: 3 is "No time to read?"; 20 sentences is no longer a summary. */
const DEFAULT_SUMMARY_SENTENCES = 3;
const MAX_SUMMARY_SENTENCES = 20;

interface IdParams {
  id: string;
}

export function registerArticleRoutes(app: FastifyInstance, { dossier }: RouteContext): void {
  app.get<{ Querystring: PageQuery }>(
    "/api/articles",
    {
      schema: {
        operationId: "listArticles",
        summary: "Articles, newest first (publication date, then ingestion)",
        tags: ["articles"],
        querystring: pageQuerySchema(),
        response: { 200: pageSchema({ $ref: "ArticleRow#" }), ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const [items, total] = await Promise.all([dossier.articles({ limit, offset }), dossier.countArticles()]);
      return { total, limit, offset, items };
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/articles/:id",
    {
      schema: {
        operationId: "getArticle",
        summary: "One article: metadata with sources, clean text, removed boilerplate, analysis, and its links (story, copies, actors)",
        tags: ["articles"],
        params: idParamsSchema,
        response: { 200: { $ref: "StoredArticle#" }, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const stored = await dossier.article(request.params.id);
      return { ...stored, links: await articleLinks(dossier, stored.article.id) };
    },
  );

  app.get<{ Params: IdParams; Querystring: { count: number } }>(
    "/api/articles/:id/summary",
    {
      schema: {
        operationId: "getSummary",
        summary: '"No time to read?": the most informative sentences, quoted with their spans',
        tags: ["articles"],
        params: idParamsSchema,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { count: { type: "integer", minimum: 1, maximum: MAX_SUMMARY_SENTENCES, default: DEFAULT_SUMMARY_SENTENCES } },
        },
        response: { 200: { $ref: "Summary#" }, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { article, sentences } = await dossier.summary(request.params.id, { count: request.query.count });
      return { articleId: article.article.id, title: article.article.title.value, sentences };
    },
  );
}

/**
 * Where the article sits among the others, from the link indices (not the store): its
 * story, its near-duplicate copies with their titles and outlets, and the actor of each
 * of its entity mentions. An article stored but not linked yet has none of them.
 */
async function articleLinks(dossier: Dossier, articleId: string) {
  const linker = await dossier.linker();
  const group = linker.duplicateGroupOf(articleId);
  let duplicateGroup = null;
  if (group && group.members.length > 1) {
    const rows = new Map((await dossier.store.articleSummaries(group.members.map((m) => m.id))).map((row) => [row.id, row]));
    const members = group.members.map((m) => ({ ...m, title: rows.get(m.id)?.title ?? null, outlet: rows.get(m.id)?.outlet ?? null }));
    duplicateGroup = { ...group, members };
  }
  return {
    storyId: linker.storyOf(articleId) ?? null,
    duplicateGroup,
    actorIds: linker.actorsOfArticle(articleId),
    actors: await dossier.actorsOfArticles([articleId]),
  };
}
