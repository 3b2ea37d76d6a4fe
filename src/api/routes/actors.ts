/**
 * Actors: the list (most mentioned first, filtered by type and name), one actor with the
 * articles and events it appears in, and the two corrections an analyst makes: merge two
 * actors that are one, split off name variants that are someone else. Corrections are
 * writes (token or loopback, as POST /api/articles) and survive a rebuild of the links.
 */
import type { FastifyInstance } from "fastify";
import type { Dossier } from "../../dossier.js";
import type { Actor } from "../../stages/link/actors/index.js";
import { foldName } from "../../stages/compose/actor-events.js";
import { writeGuard } from "../auth.js";
import { actorError, findActor } from "../lookups.js";
import type { PageQuery } from "../schemas.js";
import { articlePageProperties, errorResponses, pageQuerySchema, pageSchema } from "../schemas.js";
import type { RouteContext } from "./context.js";
import { boundedEvent, sourcesQuery } from "./timeline.js";

/** Names are short; anything longer is a paste gone wrong. */
const MAX_NAME_LENGTH = 200;
/** An actor with more variants than this is not one actor. */
const MAX_SPLIT_VARIANTS = 100;
const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "MEDIA"];

const name = (description: string) => ({ type: "string", minLength: 1, maxLength: MAX_NAME_LENGTH, description });

type ActorQuery = PageQuery & { type?: string; q?: string };
/** An actor named in thousands of articles lists them a page at a time. */
const DEFAULT_ACTOR_ARTICLES = 100;

const actorDetailSchema = {
  type: "object",
  required: ["actor", "articles", "articlesTotal", "limit", "offset", "events"],
  properties: {
    actor: { $ref: "Actor#" },
    ...articlePageProperties("a page (limit, offset) of the articles that name it, newest first", "articles that name it"),
    events: {
      type: "array",
      description: "timeline events it takes part in or is named in, in date order, with the part it plays; each event's sources that name it come first",
      items: {
        type: "object",
        additionalProperties: true,
        required: ["event", "roles", "storyId"],
        properties: {
          event: { $ref: "TimelineEvent#" },
          storyId: { type: "string" },
          roles: {
            type: "array",
            items: { type: "string", enum: ["actor", "recipient", "mediator", "location", "mentioned"] },
            description: "mentioned: named in the evidence sentence, without a part in the event",
          },
        },
      },
    },
  },
} as const;

const correctionResponse = {
  type: "object",
  required: ["actor"],
  properties: {
    actor: { $ref: "Actor#" },
    from: { $ref: "Actor#", description: "split: the actor the variants left" },
  },
} as const;

export function registerActorRoutes(app: FastifyInstance, context: RouteContext): void {
  const { dossier } = context;
  app.get<{ Querystring: ActorQuery }>(
    "/api/actors",
    {
      schema: {
        operationId: "listActors",
        summary: "People, organisations, places and outlets, most mentioned first, with every name variant",
        tags: ["actors"],
        querystring: pageQuerySchema({
          type: { type: "string", enum: [...ENTITY_TYPES, ...ENTITY_TYPES.map((t) => t.toLowerCase())], description: "only this type" },
          q: name("only actors with a name or variant containing this (case and accents ignored)"),
        }),
        response: { 200: pageSchema({ $ref: "ActorRow#" }), ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const { type, q, limit, offset } = request.query;
      const wanted = q ? foldName(q) : undefined;
      const actors = (await dossier.actors(type ? { type } : {})).filter((a) => !wanted || [a.canonical, ...a.variants.map((v) => v.text)].some((n) => foldName(n).includes(wanted)));
      return { total: actors.length, limit, offset, items: actors.slice(offset, offset + limit).map(actorRow) };
    },
  );

  app.get<{ Params: { id: string }; Querystring: PageQuery & { sources: number } }>(
    "/api/actors/:id",
    {
      schema: {
        operationId: "getActor",
        summary: "One actor: name variants with counts, roles, affiliations, and the articles and events it appears in",
        tags: ["actors"],
        params: { type: "object", required: ["id"], properties: { id: name('actor id ("actor-12"), or a name or variant it is known by') } },
        querystring: pageQuerySchema({ ...sourcesQuery }, { defaultLimit: DEFAULT_ACTOR_ARTICLES }),
        response: { 200: actorDetailSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const { limit, offset, sources } = request.query;
      const actor = await findActor(dossier, request.params.id);
      const articles = await dossier.actorArticles(actor);
      const events = (await dossier.actorEvents(actor)).map((found) => ({ ...found, event: boundedEvent(found.event, sources) }));
      return { actor, articles: articles.slice(offset, offset + limit), articlesTotal: articles.length, limit, offset, events };
    },
  );

  const write = {
    onRequest: writeGuard(context.token),
    config: { rateLimit: { max: context.writesPerMinute, timeWindow: "1 minute" } },
  };
  const writeDocs = {
    tags: ["actors"],
    security: [{ bearer: [] }],
    description: "Kept and replayed after any rebuild of the links. Needs `Authorization: Bearer <DOSSIER_TOKEN>`; without a token on the server, only same-machine requests are accepted.",
  };

  app.post<{ Body: { keep: string; other: string } }>(
    "/api/actors/merge",
    {
      schema: {
        operationId: "mergeActors",
        summary: "Merge actor `other` into actor `keep` (ids, names or variants): they are one",
        ...writeDocs,
        body: {
          type: "object",
          additionalProperties: false,
          required: ["keep", "other"],
          properties: { keep: name("the actor that stays"), other: name("the actor merged into it") },
        },
        response: { 200: correctionResponse, ...errorResponses(400, 401, 403, 404, 415, 429) },
      },
      ...write,
    },
    async (request) => {
      const { keep, other } = request.body;
      return { actor: await correct(dossier, { kind: "merge", keep, other }) };
    },
  );

  app.post<{ Body: { actor: string; variants: string[] } }>(
    "/api/actors/split",
    {
      schema: {
        operationId: "splitActor",
        summary: "Move name variants out of an actor into a new one: they name someone else",
        ...writeDocs,
        body: {
          type: "object",
          additionalProperties: false,
          required: ["actor", "variants"],
          properties: {
            actor: name("the actor to split"),
            variants: { type: "array", minItems: 1, maxItems: MAX_SPLIT_VARIANTS, uniqueItems: true, items: name("a variant, exactly as listed"), description: "variants that move" },
          },
        },
        response: { 200: correctionResponse, ...errorResponses(400, 401, 403, 404, 415, 429) },
      },
      ...write,
    },
    async (request) => {
      const { actor, variants } = request.body;
      const from = await findActor(dossier, actor);
      const created = await correct(dossier, { kind: "split", actor: from.id, variants });
      return { actor: created, from: await findActor(dossier, from.id) };
    },
  );
}

async function correct(dossier: Dossier, correction: Parameters<Dossier["correctActors"]>[0]): Promise<Actor> {
  try {
    return await dossier.correctActors(correction);
  } catch (error) {
    throw actorError(error);
  }
}

function actorRow(actor: Actor) {
  const articles = new Set(actor.variants.flatMap((v) => v.articleIds));
  return {
    ...actor,
    variants: actor.variants.map(({ text, count }) => ({ text, count })),
    mentions: actor.variants.reduce((n, v) => n + v.count, 0),
    articles: articles.size,
  };
}
