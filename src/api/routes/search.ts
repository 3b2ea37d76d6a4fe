import type { FastifyInstance } from "fastify";
import type { PageQuery } from "../schemas.js";
import { errorResponses, pageQuerySchema, pageSchema } from "../schemas.js";
import type { RouteContext } from "./context.js";

/** A results page of 20 fits a screen; 100 is plenty for a script paging through. */
const DEFAULT_RESULTS = 20;
const MAX_RESULTS = 100;
/** Longer queries are not searches but pasted text; they would only be slow. */
const MAX_QUERY_LENGTH = 500;

/** GET /api/search?q=: ranked full-text search with highlighted snippets. */
export function registerSearchRoutes(app: FastifyInstance, { dossier }: RouteContext): void {
  app.get<{ Querystring: PageQuery & { q: string } }>(
    "/api/search",
    {
      schema: {
        operationId: "searchArticles",
        summary: "Full-text search over titles and texts, best first, with highlighted snippets",
        description:
          'Web-search syntax: words, "quoted phrases", -excluded, or. Titles weigh more than text. A query matching more than 500 articles ranks the 500 most recent (`totalIsLowerBound`).',
        tags: ["search"],
        querystring: pageQuerySchema(
          { q: { type: "string", minLength: 1, maxLength: MAX_QUERY_LENGTH, description: "the query" } },
          { defaultLimit: DEFAULT_RESULTS, maxLimit: MAX_RESULTS, required: ["q"] },
        ),
        response: {
          200: pageSchema(
            { $ref: "SearchHit#" },
            {
              query: { type: "string" },
              totalIsLowerBound: {
                type: "boolean",
                description: "more articles match than `total`: the query is common, and its 500 most recent matches are ranked",
              },
            },
          ),
          ...errorResponses(400, 429),
        },
      },
    },
    async (request) => {
      const { q, limit, offset } = request.query;
      const page = await dossier.search(q, { limit, offset });
      return { query: q, total: page.total, totalIsLowerBound: page.totalIsLowerBound, limit, offset, items: page.hits };
    },
  );
}
