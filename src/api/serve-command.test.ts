/**
 * `dossier serve` through the built command (dist/, built by `npm test` first): it
 * listens, answers, and on SIGTERM stops and releases the data folder. `dossier demo
 * --serve` (what `npm start` runs) serves the examples after its report; plain `demo`
 * prints the report and exits.
 */
import { spawn, spawnSync } from "node:child_process";
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

describe.skipIf(!existsSync(cli))("dossier demo", () => {
  /** The article count the report prints ("Articles (13):"). */
  const reported = (stdout: string) => Number(/^Articles \((\d+)\):/m.exec(stdout)?.[1] ?? 0);

  it("with --serve (npm start), ingests the examples, reports, then serves them until Ctrl-C", async () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-demo-"));
    const child = spawn(process.execPath, [cli, "--data", data, "--quiet", "demo", "--serve", "--port", "0"], {
      env: { ...process.env, DATABASE_URL: "", DOSSIER_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const printed: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on("line", (line) => {
        printed.push(line);
        const serving = /^dossier: serving (http:\/\/127\.0\.0\.1:\d+) .*Ctrl-C to stop$/.exec(line);
        if (serving) resolve(serving[1]!);
      });
      child.once("exit", () => reject(new Error(`demo --serve exited before listening:\n${printed.join("\n")}`)));
    });
    const articles = reported(printed.join("\n"));
    expect(articles).toBeGreaterThan(0);

    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: "ok", driver: "pglite", articles });
    const stories = (await (await fetch(`${url}/api/stories`)).json()) as { total: number };
    expect(stories.total).toBeGreaterThan(0);

    child.kill("SIGINT");
    expect(await exited).toBe(0);
  });

  it("without --serve, prints the report and exits", () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-demo-"));
    const result = spawnSync(process.execPath, [cli, "--data", data, "--quiet", "demo"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "" }, timeout: 120_000 });
    expect(result.status).toBe(0);
    expect(reported(result.stdout)).toBeGreaterThan(0);
    expect(result.stdout).not.toContain("serving");
  });
});
