import type { FastifyInstance } from "fastify";
import { buildOpenApi } from "../openapi.js";
import type { collectRoutes, OpenApiInfo } from "../openapi.js";
import type { JsonSchema } from "../schemas.js";

/** GET /api/openapi.json: built on first request, when every route is registered. */
export function registerOpenApiRoute(
  app: FastifyInstance,
  routes: ReturnType<typeof collectRoutes>,
  schemas: JsonSchema[],
  info: OpenApiInfo,
): void {
  let document: JsonSchema | undefined;
  app.get("/api/openapi.json", {
      schema: {
        operationId: "openapi",
        summary: "This document",
        tags: ["meta"],
        response: { 200: { type: "object", description: "OpenAPI 3.1 document", additionalProperties: true } },
      },
    }, async () => {
    document ??= buildOpenApi(routes, schemas, info);
    return document;
  });
}
