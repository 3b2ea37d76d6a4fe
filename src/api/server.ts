/**
 * The HTTP server: the JSON API under /api/ and the web UI at /, one process, a thin
 * layer over the Dossier facade (no analysis here). Tests drive it with `app.inject()`;
 * `dossier serve` (src/cli/serve.ts) listens on a port.
 *
 * Adding a resource (claims, ...): write routes/<resource>.ts with a
 * `register...Routes(app, context)` function and call it in `registerRoutes` below;
 * its schemas land in the OpenAPI document by themselves.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import rateLimit from "@fastify/rate-limit";
import Fastify from "fastify";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Dossier } from "../dossier.js";
import { ApiError, installErrorHandler } from "./errors.js";
import { installBodyParsers, articleInputSchema } from "./ingest-body.js";
import { collectRoutes } from "./openapi.js";
import { registerArticleRoutes } from "./routes/articles.js";
import { registerArticleWriteRoutes } from "./routes/articles-write.js";
import type { RouteContext } from "./routes/context.js";
import { linkSchemas } from "./link-schemas.js";
import { registerActorRoutes } from "./routes/actors.js";
import { registerClaimRoutes } from "./routes/claims.js";
import { registerHealthRoutes } from "./routes/health.js";
import { registerOpenApiRoute } from "./routes/openapi.js";
import { registerSearchRoutes } from "./routes/search.js";
import { registerStoryRoutes } from "./routes/stories.js";
import { registerTimelineRoutes } from "./routes/timeline.js";
import { sharedSchemas } from "./schemas.js";
import { installSecurityHeaders } from "./security.js";
import { installUi } from "./ui.js";

export interface ServerOptions {
  /** Token writes must carry (`Authorization: Bearer`). Default: none, and then writes are accepted from loopback only. */
  token?: string;
  /** The built web UI. Default: web/dist of this package (`npm run build` makes it). */
  uiDir?: string;
  /** Largest request body in bytes. Default 10 MB, the read stage's limit for one article. */
  bodyLimit?: number;
  /** Requests per minute per client address, reads and UI files included. Default 1200: a busy analyst's UI makes far fewer. */
  requestsPerMinute?: number;
  /** Writes per minute per client address. Default 60: each may run the whole pipeline. */
  writesPerMinute?: number;
  /** Milliseconds to receive a whole request. Default 120 s: a 10 MB upload on a slow link. */
  requestTimeout?: number;
  /** Milliseconds a connection may stay idle. Default 150 s, above the request timeout so a slow ingest is not cut. */
  connectionTimeout?: number;
  /** Receives unexpected (5xx) errors. Default: one line on stderr. */
  onInternalError?: (error: unknown, request: FastifyRequest) => void;
}

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_UI_DIR = path.join(packageRoot, "web", "dist");
const API_INFO = {
  title: "Dossier API",
  version: "0.1.0",
  description:
    "Articles about a developing story, their analysis, summaries and search; stories, their timelines, negotiation rounds and briefings; actors and their corrections. " +
    "Errors are { error: { code, message } }.",
};

/**
 * The Fastify instance with every route, not listening yet.
 *
 * @example const app = await buildServer(await Dossier.open(), { token: process.env.DOSSIER_TOKEN }); await app.listen({ port: 4173 });
 */
export async function buildServer(dossier: Dossier, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: options.requestTimeout ?? 120_000,
    connectionTimeout: options.connectionTimeout ?? 150_000,
    // Unknown fields are refused rather than dropped: a typo ("publised") must not vanish silently.
    ajv: { customOptions: { removeAdditional: false } },
  });
  installErrorHandler(app, { onInternalError: options.onInternalError ?? logToStderr });
  installSecurityHeaders(app);
  installBodyParsers(app);
  const schemas = [...sharedSchemas, ...linkSchemas, articleInputSchema];
  for (const schema of schemas) app.addSchema(schema);
  await app.register(rateLimit, {
    global: true,
    max: options.requestsPerMinute ?? 1200,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => new ApiError(429, "rate_limited", `too many requests: at most ${context.max} per minute; retry in ${context.after}`),
  });
  const routes = collectRoutes(app);
  const context: RouteContext = { dossier, token: options.token || undefined, writesPerMinute: options.writesPerMinute ?? 60 };
  registerRoutes(app, context);
  registerOpenApiRoute(app, routes, schemas, API_INFO);
  await installUi(app, options.uiDir ?? DEFAULT_UI_DIR);
  return app;
}

/** Every resource's routes, in the order the OpenAPI document lists them. */
function registerRoutes(app: FastifyInstance, context: RouteContext): void {
  registerArticleRoutes(app, context);
  registerArticleWriteRoutes(app, context);
  registerSearchRoutes(app, context);
  registerStoryRoutes(app, context);
  registerTimelineRoutes(app, context);
  registerClaimRoutes(app, context);
  registerActorRoutes(app, context);
  registerHealthRoutes(app, context);
}

function logToStderr(error: unknown, request: FastifyRequest): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`dossier serve: ${request.method} ${request.url} failed: ${detail}\n`);
}
