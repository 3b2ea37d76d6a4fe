/**
 * The timeline (dated events, each told once with all its sources) and the negotiation
 * rounds composed from it, for one story or for all of them.
 */
import type { FastifyInstance } from "fastify";
import type { TimelineEvent } from "../../stages/compose/timeline.js";
import { ApiError } from "../errors.js";
import { findStory } from "../lookups.js";
import type { PageQuery } from "../schemas.js";
import { errorResponses, pageQuerySchema, pageSchema } from "../schemas.js";
import type { RouteContext } from "./context.js";

const day = (description: string) => ({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description });
const storyFilter = { type: "string", pattern: "^(story:)?[0-9a-fA-F]{4,64}$", description: "only this story (id or unique prefix)" };

type TimelineQuery = PageQuery & { story?: string; from?: string; to?: string; sources: number };

/**
 * Sources listed per event unless asked for more: enough to judge an event, while an
 * event told by thousands of articles would otherwise make a page megabytes long.
 */
const DEFAULT_SOURCES_PER_EVENT = 20;
const MAX_SOURCES_PER_EVENT = 1000;

/** The `sources` query field of the routes that list events. */
export const sourcesQuery = {
  sources: {
    type: "integer",
    minimum: 1,
    maximum: MAX_SOURCES_PER_EVENT,
    default: DEFAULT_SOURCES_PER_EVENT,
    description: "at most this many sources per event (the first reports merged), and article ids per disputed value; sourceCount and articleCount give them all",
  },
} as const;

/** The event with at most `max` sources and article ids per disputed value, and how many there are of each. */
export function boundedEvent<E extends TimelineEvent>(event: E, max: number): E & { sourceCount: number } {
  return {
    ...event,
    sources: event.sources.slice(0, max),
    sourceCount: event.sources.length,
    disagreements: event.disagreements.map((d) => ({ ...d, values: d.values.map((v) => ({ ...v, articleIds: v.articleIds.slice(0, max), articleCount: v.articleIds.length })) })),
  };
}

export function registerTimelineRoutes(app: FastifyInstance, { dossier }: RouteContext): void {
  app.get<{ Querystring: TimelineQuery }>(
    "/api/timeline",
    {
      schema: {
        operationId: "getTimeline",
        summary: "Dated events, each told once with every source; uncertain dates carry a range",
        description:
          "Reports of one event in several articles are merged (within a story) and their disagreements on date or place listed. " +
          "With from or to, undated events are left out.",
        tags: ["stories"],
        querystring: pageQuerySchema({ story: storyFilter, from: day("events on or after this day"), to: day("events on or before this day"), ...sourcesQuery }),
        response: { 200: pageSchema({ $ref: "TimelineEvent#" }), ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { story, from, to, sources, limit, offset } = request.query;
      if (from && to && from > to) throw new ApiError(400, "bad_request", `invalid querystring: from (${from}) is after to (${to})`);
      const storyId = story ? (await findStory(dossier, story)).id : undefined;
      const events = await dossier.timeline({ ...(storyId ? { story: storyId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
      return { total: events.length, limit, offset, items: events.slice(offset, offset + limit).map((e) => boundedEvent(e, sources)) };
    },
  );

  app.get<{ Querystring: PageQuery & { story?: string } }>(
    "/api/rounds",
    {
      schema: {
        operationId: "listRounds",
        summary: "Negotiation rounds: date, venue, parties, mediators, issues, outcome, sources",
        tags: ["stories"],
        querystring: pageQuerySchema({ story: storyFilter }),
        response: { 200: pageSchema({ $ref: "NegotiationRound#" }), ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { story, limit, offset } = request.query;
      const storyId = story ? (await findStory(dossier, story)).id : undefined;
      const rounds = await dossier.rounds(storyId ? { story: storyId } : {});
      return { total: rounds.length, limit, offset, items: rounds.slice(offset, offset + limit) };
    },
  );
}
