/**
 * The UI files as the server sends them: HTML with its charset and policy, hashed
 * assets cached for good, the UI's own paths answered with index.html, and a clear
 * page when the UI is not built. No store is touched, so none is opened.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dossier } from "../dossier.js";
import { buildServer } from "./server.js";

const INDEX = '<!doctype html><html><head><meta charset="utf-8"><title>Dossier – test</title></head><body><div id="root"></div></body></html>';
const noStore = {} as Dossier;

function builtUi(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-ui-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "index.html"), INDEX);
  writeFileSync(path.join(dir, "assets", "index-abc123.js"), "console.log('ui');\n");
  return dir;
}

describe("UI serving", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(noStore, { uiDir: builtUi() });
  });
  afterAll(() => app.close());

  it.each(["/", "/articles/abcdef123456", "/search?q=cairo", "/add", "/index.html"])("answers %s with the page, as UTF-8 HTML under the policy", async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toBe(INDEX);
    expect(response.headers["content-security-policy"]).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("sends hashed assets with a long cache, and 404 for a missing one", async () => {
    const asset = await app.inject({ url: "/assets/index-abc123.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toMatch(/^text\/javascript|^application\/javascript/);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const missing = await app.inject({ url: "/assets/index-gone.js" });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/^text\/plain/);
  });

  it("answers unknown API paths and other methods with the JSON error body", async () => {
    for (const request of [{ url: "/api/unknown" }, { method: "DELETE" as const, url: "/somewhere" }]) {
      const response = await app.inject(request);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("no route") } });
    }
  });

  it("explains that the UI is not built when web/dist is missing", async () => {
    const bare = await buildServer(noStore, { uiDir: mkdtempSync(path.join(tmpdir(), "dossier-no-ui-")) });
    const response = await bare.inject({ url: "/" });
    expect(response.statusCode).toBe(503);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("npm run build");
    await bare.close();
  });
});
