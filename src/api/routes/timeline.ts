/**
 * The timeline (dated events, each told once with all its sources) and the negotiation
 * rounds composed from it, for one story or for all of them.
 */
import type { FastifyInstance } from "fastify";
import type { Dossier } from "../../dossier.js";
import type { TimelineEvent } from "../../stages/compose/timeline.js";
import { ApiError } from "../errors.js";
import { findStory } from "../lookups.js";
import type { PageQuery } from "../schemas.js";
import { errorResponses, pageQuerySchema, pageSchema } from "../schemas.js";
import type { RouteContext } from "./context.js";

const day = (description: string) => ({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description });
const storyFilter = { type: "string", pattern: "^(story:)?[0-9a-fA-F]{4,64}$", description: "only this story (id or unique prefix)" };

type TimelineQuery = PageQuery & { story?: string; from?: string; to?: string };

/** Events of every story (or one), each with its story id, in date order (undated last). */
export async function timelineWithStories(dossier: Dossier, options: { story?: string; from?: string; to?: string }): Promise<Array<TimelineEvent & { storyId: string }>> {
  const storyIds = options.story ? [options.story] : (await dossier.stories()).map((s) => s.id);
  const bounds = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
  const events: Array<TimelineEvent & { storyId: string }> = [];
  for (const storyId of storyIds) {
    for (const event of await dossier.timeline({ story: storyId, ...bounds })) events.push({ ...event, storyId });
  }
  return events.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
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
        querystring: pageQuerySchema({ story: storyFilter, from: day("events on or after this day"), to: day("events on or before this day") }),
        response: { 200: pageSchema({ $ref: "TimelineEvent#" }), ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { story, from, to, limit, offset } = request.query;
      if (from && to && from > to) throw new ApiError(400, "bad_request", `invalid querystring: from (${from}) is after to (${to})`);
      const storyId = story ? (await findStory(dossier, story)).id : undefined;
      const events = await timelineWithStories(dossier, { ...(storyId ? { story: storyId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
      return { total: events.length, limit, offset, items: events.slice(offset, offset + limit) };
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
