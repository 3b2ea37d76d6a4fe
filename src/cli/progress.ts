/**
 * Progress of long work on stderr: a live line on a terminal, an occasional line
 * otherwise (CI logs), nothing with --quiet or --json.
 */
import type { IngestProgress } from "../pipeline.js";

/** Redraws at most this often: redrawing on every article would cost more than the work. */
const REDRAW_MS = 100;
/** Without a terminal, a line this often shows the run is alive without flooding logs. */
const LOG_EVERY_MS = 5000;
const BAR_WIDTH = 24;

export function ingestProgress(enabled: boolean): { update: (p: IngestProgress) => void; done: () => void } {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  let last = 0;
  let spin = 0;
  let drawn = false;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < (tty ? REDRAW_MS : LOG_EVERY_MS)) return;
      last = now;
      const rate = p.read / Math.max((now - started) / 1000, 0.001);
      const done = p.stored + p.duplicates + p.failed;
      const filled = Math.min(BAR_WIDTH, Math.round((done / Math.max(p.read, 1)) * BAR_WIDTH));
      const bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
      const spinner = "|/-\\"[spin++ % 4];
      const line = `${spinner} [${bar}] ${p.read} read · ${p.stored} stored · ${p.duplicates} known · ${p.failed} failed · ${rate.toFixed(0)}/s  ${p.current.slice(-40)}`;
      if (tty) {
        process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns || 100) - 1)}`);
        drawn = true;
      } else {
        process.stderr.write(line + "\n");
      }
    },
    done() {
      if (tty && drawn) process.stderr.write("\r\x1b[2K");
    },
  };
}
