import type { FastifyInstance } from "fastify";
import { errorResponses } from "../schemas.js";
import type { RouteContext } from "./context.js";

const healthSchema = {
  type: "object",
  required: ["status", "driver", "articles", "writes"],
  properties: {
    status: { type: "string", enum: ["ok"] },
    driver: { type: "string", enum: ["pglite", "postgres"], description: "the store behind this server" },
    articles: { type: "integer" },
    writes: { type: "string", enum: ["token", "local"], description: "token: writes need Authorization: Bearer; local: writes from the server's machine only" },
  },
} as const;

/** GET /api/health: the store answers, how much it holds, and what writes need (the UI asks for a token only then). */
export function registerHealthRoutes(app: FastifyInstance, { dossier, token }: RouteContext): void {
  app.get(
    "/api/health",
    { schema: { operationId: "health", summary: "Liveness and store size", tags: ["meta"], response: { 200: healthSchema, ...errorResponses(429) } } },
    async () => ({ status: "ok", driver: dossier.store.driver, articles: await dossier.countArticles(), writes: token ? "token" : "local" }),
  );
}
