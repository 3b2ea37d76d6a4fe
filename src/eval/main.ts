#!/usr/bin/env node
/**
 * `npm run eval`: scores Dossier and its peers on the public data in ../shared/eval
 * and prints one table. Options:
 *   --data DIR       another folder laid out like ../shared/eval
 *   --task T         run one task (repeatable)
 *   --json           print the table as JSON on stdout
 *   --check          exit 1 when a figure falls below its pinned floor (CI)
 *   --pin            raise the floors in eval/floors.json to the current figures
 *   --lower-floors   with --pin, also lower floors (say why in the commit)
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { tasks } from "./tasks/index.js";
import type { EvalRow } from "./types.js";
import { checkFloors, pinFloors, readFloors, rowKey } from "./floors.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const defaultData = path.resolve(repoRoot, "../shared/eval");
const floorsPath = path.join(repoRoot, "eval", "floors.json");

interface EvalOptions {
  data: string;
  task: string[];
  json: boolean;
  check: boolean;
  pin: boolean;
  lowerFloors: boolean;
}

function formatNumber(value: number | undefined): string {
  if (value === undefined) return "-";
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
}

/** One small table per task, each with its own peers' columns, so the output stays readable. */
export function formatTable(rows: EvalRow[]): string {
  const tasks = [...new Set(rows.map((row) => row.task))];
  return tasks.map((task) => formatTaskTable(rows.filter((row) => row.task === task))).join("\n\n");
}

function formatTaskTable(rows: EvalRow[]): string {
  const peerNames = [...new Set(rows.flatMap((row) => Object.keys(row.peers)))];
  const speedPeers = [...new Set(rows.flatMap((row) => Object.keys(row.speed?.peers ?? {})))];
  const hasSpeed = rows.some((row) => row.speed);
  const header = [
    rows[0]!.task,
    "n",
    "dossier",
    ...peerNames,
    ...(hasSpeed ? ["docs/s", ...speedPeers.map((p) => `docs/s ${p}`)] : []),
  ];
  const lines = rows.map((row) => [
    row.metric,
    String(row.n),
    formatNumber(row.dossier),
    ...peerNames.map((p) => formatNumber(row.peers[p])),
    ...(hasSpeed ? [formatNumber(row.speed?.dossier), ...speedPeers.map((p) => formatNumber(row.speed?.peers[p]))] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [render(header), render(widths.map((w) => "-".repeat(w))), ...lines.map(render)].join("\n");
}

async function main(): Promise<void> {
  const program = new Command()
    .name("dossier-eval")
    .option("--data <dir>", "evaluation data folder", defaultData)
    .option("--task <name>", "run only this task (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--json", "print the table as JSON on stdout", false)
    .option("--check", "fail when a figure is below its pinned floor", false)
    .option("--pin", "raise pinned floors to the current figures", false)
    .option("--lower-floors", "with --pin, allow floors to go down", false)
    .parse();
  const options = program.opts<EvalOptions>();
  const log = (message: string) => process.stderr.write(message + "\n");

  if (!existsSync(options.data)) {
    log(`eval: no evaluation data at ${options.data} (expected ../shared/eval beside the repo); skipping.`);
    return;
  }
  const unknown = options.task.filter((name) => !tasks.some((t) => t.name === name));
  if (unknown.length > 0) {
    throw new Error(`eval: unknown task ${unknown.join(", ")}; expected one of ${tasks.map((t) => t.name).join(", ")}`);
  }
  const selected = options.task.length > 0 ? tasks.filter((t) => options.task.includes(t.name)) : tasks;
  const rows: EvalRow[] = [];
  for (const task of selected) {
    const folder = path.join(options.data, task.dataFolder);
    if (!existsSync(folder)) {
      log(`eval: ${task.name}: no data at ${folder}; skipped.`);
      continue;
    }
    const started = performance.now();
    log(`eval: ${task.name}: running on ${folder}`);
    rows.push(...(await task.run({ dataDir: options.data, log: (m) => log(`eval: ${task.name}: ${m}`) })));
    log(`eval: ${task.name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const resultsDir = path.join(repoRoot, "eval-results");
  mkdirSync(resultsDir, { recursive: true });
  const report = { data: options.data, date: new Date().toISOString(), rows };
  writeFileSync(path.join(resultsDir, "latest.json"), JSON.stringify(report, null, 2) + "\n");

  if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else process.stdout.write(formatTable(rows) + "\n");

  if (options.pin) {
    pinFloors(floorsPath, rows, options.lowerFloors);
    log(`eval: floors written to ${floorsPath}`);
  }
  if (options.check) {
    const floors = readFloors(floorsPath);
    const missing = rows.filter((row) => floors[rowKey(row)] === undefined).map(rowKey);
    if (missing.length > 0) log(`eval: no floor pinned yet for ${missing.join(", ")}`);
    const violations = checkFloors(rows, floors);
    for (const v of violations) log(`eval: BELOW FLOOR ${v.key}: ${v.actual.toFixed(3)} < ${v.floor.toFixed(3)}`);
    if (violations.length > 0) process.exitCode = 1;
    else log(`eval: all ${rows.length} figures at or above their floors`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
