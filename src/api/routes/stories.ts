/**
 * Stories: the list (newest activity first), one story with its articles and actors,
 * its cited summary, and its Markdown briefing.
 */
import type { FastifyInstance } from "fastify";
import { findStory } from "../lookups.js";
import type { PageQuery } from "../schemas.js";
import { articlePageProperties, errorResponses, pageQuerySchema, pageSchema } from "../schemas.js";
import type { RouteContext } from "./context.js";

/** A story's articles come a page at a time: all of a story of thousands would be megabytes. */
const DEFAULT_STORY_ARTICLES = 100;
/** A story summary of 6 sentences reads in a minute; 20 is no longer a summary. */
const DEFAULT_SUMMARY_SENTENCES = 6;
const MAX_SUMMARY_SENTENCES = 20;

/** Story ids are "story:" and the hex id of the article that opened it; the prefix and the rest of the id may be left out. */
export const storyParamsSchema = {
  type: "object",
  required: ["id"],
  properties: {
    id: { type: "string", pattern: "^(story:)?[0-9a-fA-F]{4,64}$", description: 'story id ("story:3308b46e8dff", URL-encoded: story%3A3308b46e8dff) or a unique prefix' },
  },
} as const;

interface IdParams {
  id: string;
}

const storyDetailSchema = {
  type: "object",
  required: ["story", "articles", "articlesTotal", "limit", "offset", "outlets", "actors"],
  properties: {
    story: { $ref: "Story#" },
    ...articlePageProperties("a page of its articles (limit, offset), oldest first", "articles in the story"),
    outlets: {
      type: "array",
      description: "articles per outlet, over the whole story, most first",
      items: { type: "object", required: ["outlet", "articles"], properties: { outlet: { type: ["string", "null"] }, articles: { type: "integer" } } },
    },
    actors: { type: "array", items: { $ref: "ActorSummary#" }, description: "named in its articles, most mentioned first" },
  },
} as const;

export function registerStoryRoutes(app: FastifyInstance, { dossier }: RouteContext): void {
  app.get<{ Querystring: PageQuery }>(
    "/api/stories",
    {
      schema: {
        operationId: "listStories",
        summary: "Stories, most recent activity first",
        tags: ["stories"],
        querystring: pageQuerySchema(),
        response: { 200: pageSchema({ $ref: "Story#" }), ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const stories = await dossier.stories();
      return { total: stories.length, limit, offset, items: stories.slice(offset, offset + limit) };
    },
  );

  app.get<{ Params: IdParams; Querystring: PageQuery }>(
    "/api/stories/:id",
    {
      schema: {
        operationId: "getStory",
        summary: "One story: a page of its articles (oldest first), its outlets, and the actors its articles name",
        tags: ["stories"],
        params: storyParamsSchema,
        querystring: pageQuerySchema({}, { defaultLimit: DEFAULT_STORY_ARTICLES }),
        response: { 200: storyDetailSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const { id } = await findStory(dossier, request.params.id);
      const { story, articles, outlets } = await dossier.story(id);
      return { story, articles: articles.slice(offset, offset + limit), articlesTotal: articles.length, limit, offset, outlets, actors: await dossier.storyActors(id) };
    },
  );

  app.get<{ Params: IdParams; Querystring: { count: number } }>(
    "/api/stories/:id/summary",
    {
      schema: {
        operationId: "getStorySummary",
        summary: "The story in its most informative sentences, quoted from its articles, in time order",
        tags: ["stories"],
        params: storyParamsSchema,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { count: { type: "integer", minimum: 1, maximum: MAX_SUMMARY_SENTENCES, default: DEFAULT_SUMMARY_SENTENCES } },
        },
        response: { 200: { $ref: "StorySummary#" }, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { id } = await findStory(dossier, request.params.id);
      return dossier.storySummary(id, { count: request.query.count });
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/stories/:id/briefing",
    {
      schema: {
        operationId: "getStoryBriefing",
        summary: "A Markdown briefing: summary, negotiation rounds and timeline, every line quoted and sourced",
        tags: ["stories"],
        params: storyParamsSchema,
        response: {
          200: { description: "The briefing", content: { "text/markdown": { schema: { type: "string" } } } },
          ...errorResponses(400, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const story = await findStory(dossier, request.params.id);
      const markdown = await dossier.briefing(story.id);
      return reply
        .type("text/markdown; charset=utf-8")
        .header("content-disposition", `inline; filename="${briefingFileName(story.title, story.id)}"`)
        .send(markdown);
    },
  );
}

/** "geneva-water-talks-end-without-agreement.md": ASCII only, so the header needs no encoding. */
function briefingFileName(title: string | null, id: string): string {
  const slug = (title ?? "")
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || id.replace(/\W+/g, "-")}.md`;
}
