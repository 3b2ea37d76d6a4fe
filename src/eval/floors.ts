import { readFileSync, writeFileSync, existsSync } from "node:fs";
import type { EvalRow } from "./types.js";

/**
 * Pinned quality floors (eval/floors.json in the repo root). CI fails when a figure
 * falls below its floor by more than NOISE_MARGIN. Floors only move up by themselves
 * (`--pin`); lowering one needs `--lower-floors` and a reason in the commit.
 */
export const NOISE_MARGIN = 0.005;

export type Floors = Record<string, number>;

export function rowKey(row: Pick<EvalRow, "task" | "metric">): string {
  return `${row.task}/${row.metric}`;
}

export function readFloors(path: string): Floors {
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, "utf8")) as Floors;
}

export interface FloorViolation {
  key: string;
  floor: number;
  actual: number;
}

export function checkFloors(rows: EvalRow[], floors: Floors): FloorViolation[] {
  const violations: FloorViolation[] = [];
  for (const row of rows) {
    const floor = floors[rowKey(row)];
    if (floor !== undefined && row.dossier < floor - NOISE_MARGIN) {
      violations.push({ key: rowKey(row), floor, actual: row.dossier });
    }
  }
  return violations;
}

/**
 * Writes the current figures as floors. Without `allowLower`, an existing floor is
 * never lowered: a regression has to be pinned on purpose.
 */
export function pinFloors(path: string, rows: EvalRow[], allowLower: boolean): Floors {
  const floors = readFloors(path);
  for (const row of rows) {
    const key = rowKey(row);
    const rounded = Math.floor(row.dossier * 1000) / 1000;
    const current = floors[key];
    if (current === undefined || rounded > current || allowLower) floors[key] = rounded;
  }
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, JSON.stringify(sorted, null, 2) + "\n");
  return sorted;
}
