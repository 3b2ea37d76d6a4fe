/**
 * JSON schemas of the claim comparison records (src/stages/link/claims/types.ts):
 * claim groups with their sides and sources, and each outlet's framing terms. Inline
 * (no $id), so they reach the OpenAPI document with the routes that use them. The
 * claim value itself is a union still growing in src/stages/analyze/claims, so it is
 * left open (`additionalProperties: true`); `label` is its display form.
 */
const nullableString = { type: ["string", "null"] } as const;
const strings = { type: "array", items: { type: "string" } } as const;

const chainLinkSchema = {
  type: "object",
  additionalProperties: true,
  required: ["role", "text"],
  properties: {
    role: { type: "string", enum: ["source", "channel", "publisher"] },
    text: { type: "string", description: 'as written ("an Egyptian source", "EFE"); "(publisher)" when the outlet is unknown' },
    entityType: { type: "string" },
  },
} as const;

const claimSourceSchema = {
  type: "object",
  additionalProperties: true,
  required: ["claimId", "articleId", "outlet", "published", "speaker", "chain", "hedged", "sentence"],
  properties: {
    claimId: { type: "string" },
    articleId: { type: "string" },
    outlet: nullableString,
    published: nullableString,
    speaker: { ...nullableString, description: "who says it; null in the outlet's own voice" },
    chain: { type: "array", items: chainLinkSchema, description: "source, then channels, then the publisher" },
    hedged: { type: "boolean" },
    sentence: { type: "string" },
    counted: { type: "string" },
    when: { type: "string" },
    supersededBy: { type: "string" },
  },
} as const;

export const claimGroupSchema = {
  description: "Claims about one thing in one story, grouped, with the sources on each side.",
  type: "object",
  additionalProperties: true,
  required: ["id", "storyId", "slot", "holder", "when", "status", "sides", "superseded", "reasons"],
  properties: {
    id: { type: "string" },
    storyId: nullableString,
    slot: { type: "string" },
    holder: nullableString,
    when: {
      type: ["object", "null"],
      required: ["from", "to"],
      properties: { from: { type: "string" }, to: { type: "string" } },
    },
    status: { type: "string", enum: ["agree", "compatible", "conflict"] },
    sides: {
      type: "array",
      description: "current values, the most reported first",
      items: {
        type: "object",
        required: ["value", "label", "sources"],
        properties: {
          value: { type: "object", additionalProperties: true, description: "the value as compared (kind-specific)" },
          label: { type: "string" },
          sources: { type: "array", items: claimSourceSchema },
        },
      },
    },
    superseded: { type: "array", items: claimSourceSchema, description: "claims an outlet later replaced" },
    reasons: { ...strings, description: "why the group has its status" },
  },
} as const;

export const outletFramingSchema = {
  description: "The loaded terms one outlet uses, by what they refer to.",
  type: "object",
  required: ["outlet", "terms"],
  properties: {
    outlet: { type: "string" },
    terms: {
      type: "array",
      items: {
        type: "object",
        required: ["term", "referent", "count", "articleIds"],
        properties: { term: { type: "string" }, referent: { type: "string" }, count: { type: "integer" }, articleIds: strings },
      },
    },
  },
} as const;
