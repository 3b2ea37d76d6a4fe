/**
 * JSON schemas of what the link and compose stages make: stories, actors, timeline
 * events, negotiation rounds, story summaries and an article's links. Same role as
 * schemas.ts (validation, serialisation, OpenAPI components). Coupled to the records in
 * src/stages/link/{stories,actors,duplicates}/types.ts and src/stages/compose/
 * {timeline,rounds,story-summary}.ts: records that stages may still extend keep
 * `additionalProperties: true`, so a new field reaches clients before it is listed here.
 */
import type { JsonSchema } from "./schemas.js";

const nullableString = { type: ["string", "null"] } as const;
const strings = { type: "array", items: { type: "string" } } as const;
const entityType = { type: "string", enum: ["PERSON", "ORG", "GPE", "LOC", "MEDIA"] } as const;

export const storySchema = {
  $id: "Story",
  description: "Articles about one event or development.",
  type: "object",
  additionalProperties: true,
  required: ["id", "title", "articleIds", "outlets", "from", "to"],
  properties: {
    id: { type: "string", description: 'e.g. "story:3308b46e8dff" (URL-encode the colon in paths)' },
    title: { ...nullableString, description: "the member headline closest to the story's content" },
    articleIds: { ...strings, description: "in the order they were added" },
    outlets: { ...strings, description: "distinct outlets, in order of first appearance" },
    from: { ...nullableString, description: "earliest publication date (YYYY-MM-DD)" },
    to: { ...nullableString, description: "latest publication date: the story's latest activity" },
  },
} as const;

export const actorSummarySchema = {
  $id: "ActorSummary",
  description: "An actor named in some articles, with how often.",
  type: "object",
  required: ["id", "canonical", "type", "mentions", "articles"],
  properties: {
    id: { type: "string" },
    canonical: { type: "string" },
    type: entityType,
    mentions: { type: "integer", description: "mentions in these articles" },
    articles: { type: "integer", description: "articles among these that mention it" },
  },
} as const;

export const actorSchema = {
  $id: "Actor",
  description: "One person, organisation, place or outlet, with every way the sources wrote it.",
  type: "object",
  additionalProperties: true,
  required: ["id", "canonical", "type", "variants", "roles", "affiliations"],
  properties: {
    id: { type: "string" },
    canonical: { type: "string", description: "display name" },
    type: entityType,
    variants: {
      type: "array",
      items: {
        type: "object",
        required: ["text", "count", "articleIds"],
        properties: { text: { type: "string" }, count: { type: "integer" }, articleIds: strings },
      },
    },
    roles: { ...strings, description: 'as written ("chief negotiator")' },
    affiliations: strings,
    listed: { type: "boolean", description: "the canonical name comes from the user's dictionary or the gazetteer" },
    mentionTypes: { type: "object", additionalProperties: { type: "integer" }, description: "mentions per recognised type" },
  },
} as const;

export const actorRowSchema = {
  $id: "ActorRow",
  description: "An actor in a list: its name variants with counts, without their article lists.",
  type: "object",
  required: ["id", "canonical", "type", "variants", "roles", "affiliations", "mentions", "articles"],
  properties: {
    id: { type: "string" },
    canonical: { type: "string" },
    type: entityType,
    variants: { type: "array", items: { type: "object", required: ["text", "count"], properties: { text: { type: "string" }, count: { type: "integer" } } } },
    roles: strings,
    affiliations: strings,
    mentions: { type: "integer", description: "mentions over all articles" },
    articles: { type: "integer", description: "articles that name it" },
  },
} as const;

export const eventSourceSchema = {
  $id: "EventSource",
  description: "One article's report of an event: the evidence sentence, exactly text.slice(start, end) of the article.",
  type: "object",
  additionalProperties: true,
  required: ["articleId", "outlet", "published", "sentence", "start", "end", "date", "location"],
  properties: {
    articleId: { type: "string" },
    outlet: nullableString,
    published: nullableString,
    sentence: { type: "string" },
    start: { type: "integer" },
    end: { type: "integer" },
    date: { ...nullableString, description: "the date as this report gives it" },
    location: nullableString,
  },
} as const;

export const timelineEventSchema = {
  $id: "TimelineEvent",
  description: "An event coded in PLOVER, reports of it from several articles merged, with each source and any disagreement.",
  type: "object",
  additionalProperties: true,
  required: ["id", "event", "status", "actors", "recipients", "mediators", "location", "date", "granularity", "range", "sources", "disagreements"],
  properties: {
    id: { type: "string" },
    storyId: { type: "string", description: "the story whose timeline holds it (in lists that span stories)" },
    event: { type: "string", description: "PLOVER event type: CONSULT, AGREE, ACCUSE, ..." },
    mode: nullableString,
    status: { type: "string", enum: ["factual", "future", "expected", "hypothetical", "negated", "historical"] },
    context: strings,
    actors: strings,
    recipients: strings,
    mediators: strings,
    location: nullableString,
    date: { ...nullableString, description: 'best-supported date value: "2024-03-04", "2024-W10", "2024-03"; null when undated' },
    granularity: nullableString,
    range: {
      anyOf: [{ type: "object", required: ["from", "to"], properties: { from: { type: "string" }, to: { type: "string" } } }, { type: "null" }],
      description: "first and last day an uncertain date may be",
    },
    outcome: nullableString,
    confidence: { type: "number" },
    sources: { type: "array", items: { $ref: "EventSource#" }, description: "the reports of it (in lists, the first `sources` of them)" },
    sourceCount: { type: "integer", description: "all its reports, listed or not" },
    disagreements: {
      type: "array",
      items: {
        type: "object",
        required: ["field", "values"],
        properties: {
          field: { type: "string", enum: ["date", "location"] },
          values: {
            type: "array",
            items: {
              type: "object",
              required: ["value", "articleIds"],
              properties: { value: { type: "string" }, articleIds: strings, articleCount: { type: "integer", description: "all the articles that give this value, listed or not" } },
            },
          },
        },
      },
    },
  },
} as const;

export const roundSchema = {
  $id: "NegotiationRound",
  description: "Talks at one venue in one period: who sat at the table, who mediated, what was on it, how it ended.",
  type: "object",
  additionalProperties: true,
  required: ["id", "venue", "date", "parties", "mediators", "issues", "outcome", "sources", "storyId"],
  properties: {
    id: { type: "string" },
    storyId: { type: "string" },
    venue: { type: "string" },
    date: nullableString,
    parties: strings,
    mediators: strings,
    issues: strings,
    outcome: { type: "string", enum: ["ongoing", "no breakthrough", "collapsed", "agreed", "expected"] },
    sources: { type: "array", items: { $ref: "EventSource#" } },
  },
} as const;

export const storySummarySchema = {
  $id: "StorySummary",
  description: "A story's summary: sentences quoted from its articles (each exactly text.slice(start, end)), in time order.",
  type: "object",
  required: ["story", "sentences"],
  properties: {
    story: { $ref: "Story#" },
    sentences: {
      type: "array",
      items: {
        type: "object",
        required: ["articleId", "outlet", "published", "start", "end", "text", "score"],
        properties: {
          articleId: { type: "string" },
          outlet: nullableString,
          published: nullableString,
          start: { type: "integer" },
          end: { type: "integer" },
          text: { type: "string" },
          score: { type: "number" },
        },
      },
    },
  },
} as const;

export const articleLinksSchema = {
  $id: "ArticleLinks",
  description: "Where an article sits among the others: its story, its near-duplicate copies, the actor of each entity mention.",
  type: "object",
  required: ["storyId", "duplicateGroup", "actorIds", "actors"],
  properties: {
    storyId: nullableString,
    duplicateGroup: {
      description: "copies of this article (syndication, light rewrites); null when it has none",
      anyOf: [
        {
          type: "object",
          required: ["id", "members", "earliestId", "fullestId"],
          properties: {
            id: { type: "string" },
            earliestId: { type: "string", description: "the first published copy" },
            fullestId: { type: "string", description: "the longest copy: the best one to read" },
            members: {
              type: "array",
              items: {
                type: "object",
                required: ["id", "similarity", "matchedId", "published", "length", "title", "outlet"],
                properties: {
                  id: { type: "string" },
                  similarity: { type: "number", description: "0..1, to the copy it matched when it joined; 1 for the first" },
                  matchedId: nullableString,
                  published: nullableString,
                  length: { type: "integer", description: "characters of clean text" },
                  title: nullableString,
                  outlet: nullableString,
                },
              },
            },
          },
        },
        { type: "null" },
      ],
    },
    actorIds: { ...strings, description: "actor id of each entity mention of analysis.mentions, in the same order" },
    actors: { type: "array", items: { $ref: "ActorSummary#" }, description: "the distinct actors of actorIds, most mentioned first" },
  },
} as const;

export const linkSchemas: JsonSchema[] = [
  storySchema,
  actorSummarySchema,
  actorSchema,
  actorRowSchema,
  eventSourceSchema,
  timelineEventSchema,
  roundSchema,
  storySummarySchema,
  articleLinksSchema,
];
