/**
 * Claims compared across a story's articles (agree / compatible / conflict, with the
 * sources on each side) and each outlet's framing terms side by side.
 */
import type { FastifyInstance } from "fastify";
import { claimGroupSchema, outletFramingSchema } from "../claim-schemas.js";
import { findStory } from "../lookups.js";
import type { PageQuery } from "../schemas.js";
import { errorResponses, pageQuerySchema, pageSchema } from "../schemas.js";
import type { RouteContext } from "./context.js";
import { storyParamsSchema } from "./stories.js";

const storyFilter = { type: "string", pattern: "^(story:)?[0-9a-fA-F]{4,64}$", description: "only this story (id or unique prefix)" };

type ClaimsQuery = PageQuery & { story?: string; conflicts?: boolean };

export function registerClaimRoutes(app: FastifyInstance, { dossier }: RouteContext): void {
  app.get<{ Querystring: ClaimsQuery }>(
    "/api/claims",
    {
      schema: {
        operationId: "listClaims",
        summary: "Claims about the same thing grouped per story: agree, compatible or conflict, with the sources on each side",
        description: "With conflicts=true, only the groups whose values cannot all be true.",
        tags: ["stories"],
        querystring: pageQuerySchema({
          story: storyFilter,
          conflicts: { type: "boolean", default: false, description: "only conflicting groups" },
        }),
        response: { 200: pageSchema(claimGroupSchema), ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { story, conflicts, limit, offset } = request.query;
      const storyId = story ? (await findStory(dossier, story)).id : undefined;
      const groups = await dossier.claims({ ...(storyId ? { story: storyId } : {}), conflicts: conflicts === true });
      return { total: groups.length, limit, offset, items: groups.slice(offset, offset + limit) };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/stories/:id/framing",
    {
      schema: {
        operationId: "getStoryFraming",
        summary: "The loaded terms each outlet of a story uses for the same actors and events, side by side",
        tags: ["stories"],
        params: storyParamsSchema,
        response: {
          200: { type: "object", required: ["items"], properties: { items: { type: "array", items: outletFramingSchema } } },
          ...errorResponses(400, 404, 429),
        },
      },
    },
    async (request) => {
      const { id } = await findStory(dossier, request.params.id);
      return { items: await dossier.framing(id) };
    },
  );
}
