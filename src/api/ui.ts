/**
 * The built web UI (web/dist, from `npm run build`) at `/`: hashed assets with a long
 * cache, and index.html for every other non-API path, so the UI's own routes
 * (/articles/<id>, /search?q=...) load directly. Unknown /api paths get a JSON 404.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { errorBody } from "./errors.js";

const HTML_TYPE = "text/html; charset=utf-8";
/** Vite names assets by content hash, so a cached one is never stale. */
const ASSET_CACHE = "public, max-age=31536000, immutable";

const FILE_EXTENSION = /\.[A-Za-z0-9]{1,8}$/;

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Dossier</title>
<p>The web UI is not built. Run <code>npm run build</code>, then restart <code>dossier serve</code>. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></html>`;

export async function installUi(app: FastifyInstance, uiDir: string): Promise<void> {
  const built = existsSync(path.join(uiDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: uiDir,
      // "/" and the UI's routes get index.html from the handlers below.
      index: false,
      setHeaders: (reply: FastifyReply, file: string) => {
        if (file.endsWith(".html")) reply.header("content-type", HTML_TYPE);
        reply.header("cache-control", file.includes(`${path.sep}assets${path.sep}`) ? ASSET_CACHE : "no-cache");
      },
    });
  }
  const sendIndex = (reply: FastifyReply) =>
    // The page must be re-validated on every load, since it names the current asset hashes.
    built ? reply.type(HTML_TYPE).header("cache-control", "no-cache").sendFile("index.html") : reply.code(503).type(HTML_TYPE).send(NOT_BUILT_PAGE);
  // The static plugin answers 403 for its root folder: the start page needs its own route.
  app.get("/", (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split("?")[0]!;
    if (pathname === "/api" || pathname.startsWith("/api/")) {
      return reply.code(404).send(errorBody("not_found", `no route ${request.method} ${pathname}`));
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      return reply.code(404).send(errorBody("not_found", `no route ${request.method} ${pathname}`));
    }
    // A missing asset is an error, not a page: the HTML would be refused as script anyway.
    if (FILE_EXTENSION.test(pathname) && !pathname.endsWith(".html")) {
      return reply.code(404).type("text/plain; charset=utf-8").send(`not found: ${pathname}`);
    }
    // The UI's own routes (/articles/<id>, /search): the page loads and its router takes over.
    return sendIndex(reply);
  });
}
