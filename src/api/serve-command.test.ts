/**
 * `dossier serve` through the built command (dist/, built by `npm test` first): it
 * listens, answers, and on SIGTERM stops and releases the data folder.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { DossierStore } from "../store/index.js";
import { repoRoot } from "../test-helpers/drivers.js";

const cli = path.join(repoRoot, "dist", "cli", "main.js");

describe.skipIf(!existsSync(cli))("dossier serve", () => {
  it("serves on a free port, then stops on SIGTERM and frees the data folder", async () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-serve-"));
    const child = spawn(process.execPath, [cli, "--data", data, "--json", "serve", "--port", "0"], {
      env: { ...process.env, DATABASE_URL: "", DOSSIER_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once("line", resolve);
      child.once("exit", () => reject(new Error("serve exited before listening")));
    });
    const { url } = JSON.parse(firstLine) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: "ok", driver: "pglite", articles: 0, writes: "local" });
    const written = await fetch(`${url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Talks in Cairo resumed on Sunday after a pause of a week, two officials said." }),
    });
    expect(written.status).toBe(201);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const store = await DossierStore.open({ dataDir: data });
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });
});
