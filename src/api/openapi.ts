/**
 * The OpenAPI 3.1 document, built from the route schemas themselves (no generator
 * dependency): every /api route registered after `collectRoutes` is listed with its
 * parameters, body and responses, so the document cannot drift from the validation.
 */
import type { FastifyInstance, RouteOptions } from "fastify";
import type { JsonSchema } from "./schemas.js";

/** What a route's `schema` may carry beyond Fastify's own keys, for the document. */
export interface RouteDocs {
  /** Stable name for generated clients; default: derived from method and path. */
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  /** Routes that need the write token. */
  security?: Array<Record<string, string[]>>;
}

declare module "fastify" {
  // Route schemas carry their documentation next to their validation (RouteDocs).
  interface FastifySchema {
    operationId?: string;
    summary?: string;
    description?: string;
    tags?: string[];
    security?: Array<Record<string, string[]>>;
  }
}

interface CollectedRoute {
  method: string;
  url: string;
  schema: Record<string, unknown>;
}

export interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
}

/** Records every /api route as it is registered; call before registering them. */
export function collectRoutes(app: FastifyInstance): CollectedRoute[] {
  const routes: CollectedRoute[] = [];
  app.addHook("onRoute", (route: RouteOptions) => {
    if (!route.url.startsWith("/api/") || !route.schema) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Fastify adds a HEAD route for every GET; documenting the GET is enough.
      if (method !== "HEAD") routes.push({ method: method.toLowerCase(), url: route.url, schema: route.schema as Record<string, unknown> });
    }
  });
  return routes;
}

/** The document for the routes collected so far; `schemas` become its components. */
export function buildOpenApi(routes: CollectedRoute[], schemas: JsonSchema[], info: OpenApiInfo): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]\w*)/g, "{$1}");
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      schemas: Object.fromEntries(schemas.map((schema) => [String(schema.$id), rewriteRefs(withoutId(schema))])),
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "the server's DOSSIER_TOKEN" } },
    },
  };
}

function operation(route: CollectedRoute): JsonSchema {
  const schema = route.schema as RouteDocs & Record<string, JsonSchema | undefined>;
  const result: JsonSchema = {
    operationId: schema.operationId ?? `${route.method}${route.url.replace(/^\/api/, "").replace(/\W+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    ...(schema.summary ? { summary: schema.summary } : {}),
    ...(schema.description ? { description: schema.description } : {}),
    ...(schema.tags ? { tags: schema.tags } : {}),
    ...(schema.security ? { security: schema.security } : {}),
    parameters: [...parametersOf(schema.params, "path"), ...parametersOf(schema.querystring, "query")],
    responses: responsesOf(schema.response),
  };
  if (schema.body) result.requestBody = requestBodyOf(schema.body);
  return result;
}

function parametersOf(schema: JsonSchema | undefined, where: "path" | "query"): JsonSchema[] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rewriteRefs(rest),
    };
  });
}

function requestBodyOf(body: JsonSchema): JsonSchema {
  // A body schema is either one JSON schema or Fastify's per-media-type `content` map.
  const content = body.content as Record<string, { schema: JsonSchema }> | undefined;
  if (content) {
    return {
      required: true,
      content: Object.fromEntries(Object.entries(content).map(([media, entry]) => [media, { schema: rewriteRefs(entry.schema) }])),
    };
  }
  return { required: true, content: { "application/json": { schema: rewriteRefs(body) } } };
}

function responsesOf(response: JsonSchema | undefined): JsonSchema {
  const responses: JsonSchema = {};
  for (const [status, schema] of Object.entries(response ?? {}) as Array<[string, JsonSchema]>) {
    // Like a body, a response is one JSON schema or Fastify's per-media-type `content` map (the Markdown briefing).
    const content = schema.content as Record<string, { schema: JsonSchema }> | undefined;
    responses[status] = {
      description: typeof schema.description === "string" ? schema.description : STATUS_TEXT[status] ?? "response",
      content: content
        ? Object.fromEntries(Object.entries(content).map(([media, entry]) => [media, { schema: rewriteRefs(entry.schema) }]))
        : { "application/json": { schema: rewriteRefs(schema) } },
    };
  }
  return responses;
}

const STATUS_TEXT: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "400": "Invalid request",
  "401": "Missing token",
  "403": "Not allowed",
  "404": "Not found",
  "413": "Body too large",
  "415": "Unsupported media type",
  "429": "Rate limited",
};

/** Fastify's shared-schema references ("Error#") become OpenAPI component references. */
function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T;
  if (value === null || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    result[key] = key === "$ref" && typeof inner === "string" ? `#/components/schemas/${inner.replace(/#$/, "")}` : rewriteRefs(inner);
  }
  return result as T;
}

function withoutId(schema: JsonSchema): JsonSchema {
  const { $id: _id, ...rest } = schema;
  return rest;
}
