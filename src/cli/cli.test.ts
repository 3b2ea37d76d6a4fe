/**
 * End to end through the built command (dist/, built by `npm test` first): what a user
 * types, what they see, and the exit status.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../test-helpers/drivers.js";
import { DossierStore } from "../store/index.js";

const cli = path.join(repoRoot, "dist", "cli", "main.js");

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", input, env: { ...process.env, DATABASE_URL: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function corpus(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-cli-"));
  for (let i = 0; i < count; i++) {
    writeFileSync(
      path.join(dir, `report-${String(i).padStart(4, "0")}.txt`),
      `Round ${i} of talks\n\nDelegation number ${i} arrived in Cairo on Monday for talks with Egyptian mediators about a truce.\n` +
        `Officials said the ${i}th meeting focused on prisoners, aid trucks and the reopening of crossings for the wounded.`,
    );
  }
  return dir;
}

describe.skipIf(!existsSync(cli))("dossier CLI", () => {
  it("ingests, lists, shows and summarises, with --json for scripts", () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-data-"));
    const dir = corpus(3);
    writeFileSync(path.join(dir, "empty.txt"), "");
    const ingest = run(["--data", data, "--json", "ingest", dir, "--published", "2024-03-04", "--outlet", "Nile Wire"]);
    expect(ingest.status).toBe(1); // one input failed, the rest is stored
    const report = JSON.parse(ingest.stdout);
    expect(report.stored).toHaveLength(3);
    expect(report.failures).toEqual([expect.objectContaining({ stage: "read", reason: expect.stringMatching(/empty/) })]);

    const list = JSON.parse(run(["--data", data, "--json", "articles"]).stdout);
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ outlet: "Nile Wire", published: "2024-03-04", publishedSource: "user" });

    const human = run(["--data", data, "articles"]);
    expect(human.stdout).toContain("2024-03-04  Nile Wire");

    const id: string = list[0].id;
    const show = run(["--data", data, "show", id.slice(0, 7)]);
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/published\s+2024-03-04\s+\(user\)/);
    expect(show.stdout).toContain("arrived in Cairo on Monday");

    const summary = JSON.parse(run(["--data", data, "--json", "summary", id, "-n", "1"]).stdout);
    expect(summary.sentences).toHaveLength(1);
    expect(summary.sentences[0].articleId).toBe(id);
  });

  it("reads stdin for -", () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-data-"));
    const result = run(["--data", data, "--json", "ingest", "-"], "Piped: envoys met in Cairo on Sunday to discuss the truce and aid.");
    expect(result.status).toBe(0);
    const [row] = JSON.parse(run(["--data", data, "--json", "articles"]).stdout);
    expect(row.origin).toEqual({ kind: "stdin", location: "stdin" });
  });

  it("rejects bad options and unknown ids with a clear message and status 2", () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-data-"));
    const badDate = run(["--data", data, "ingest", "x", "--published", "someday"]);
    expect(badDate.status).not.toBe(0);
    expect(badDate.stderr).toMatch(/expected a date such as 2023-12-24, got "someday"/);
    const unknown = run(["--data", data, "show", "abcdef123456"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no article with id "abcdef123456"/);
  });

  it("refuses a second process on an open data folder", async () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-data-"));
    const holder = await DossierStore.open({ dataDir: data });
    try {
      const second = run(["--data", data, "articles"]);
      expect(second.status).toBe(2);
      expect(second.stderr).toMatch(/in use by process \d+/);
    } finally {
      await holder.close();
    }
  });

  it("leaves the store consistent when killed halfway, and a re-run completes without duplicates", async () => {
    const data = mkdtempSync(path.join(tmpdir(), "dossier-data-"));
    const count = 400;
    const dir = corpus(count);
    const child = spawn(process.execPath, [cli, "--data", data, "--quiet", "ingest", dir, "--published", "2024-03-04"], { stdio: "ignore" });
    // Wait until it holds the folder and has had time to store some batches, then kill -9.
    const lock = path.join(data, "dossier.lock");
    for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));

    const rerun = run(["--data", data, "--json", "ingest", dir, "--published", "2024-03-04"]);
    expect(rerun.status).toBe(0);
    const report = JSON.parse(rerun.stdout);
    expect(report.stored.length + report.duplicates.length).toBe(count);
    expect(report.total).toBe(count);
  });
});
