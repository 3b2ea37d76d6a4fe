/**
 * Extract + analyze for ingest, in worker threads when the run is large enough to pay
 * for them, while the main thread reads and writes the store (and, waiting for the
 * workers, processes queued documents itself: see `wait`).
 *
 * A worker runs the compiled dist/process/worker.js. Where there is none (the sources
 * run under vitest, or a build without it) documents are processed in this thread:
 * the outcome is the same function's (document.ts), only slower.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { RawDocument } from "../stages/read/types.js";
import { processDocument } from "./document.js";
import type { ProcessOutcome } from "./document.js";

/** Extracts and analyses documents; `process` never rejects (a failure is an outcome). */
export interface Processor {
  process(document: RawDocument): Promise<ProcessOutcome>;
  /** Waits for an outcome of `process`, lending the calling thread to the queued documents meanwhile. */
  wait(outcome: Promise<ProcessOutcome>): Promise<ProcessOutcome>;
  close(): Promise<void>;
}

/** Messages between the pool and its workers. */
export interface ProcessTask {
  id: number;
  document: RawDocument;
}
export interface ProcessReply {
  id: number;
  outcome: ProcessOutcome;
}

/**
 * Documents sent ahead to one worker: enough that it never waits for the main thread,
 * few enough that a faster worker takes more of the queue. The main thread only hands
 * out documents between two event-loop turns, and writing a batch to PGlite takes none
 * (its queries resolve on microtasks): about 200 ms for 50 articles, or a dozen
 * documents' analysis. With 4 sent ahead, the one worker of a 2-core machine sat idle
 * for a sixth to a fifth of an ingest; with 16, for a thirtieth.
 */
const TASKS_PER_WORKER = 16;

/** Processes in the calling thread: for small runs, and where no compiled worker exists. */
export const inThreadProcessor: Processor = {
  process: async (document) => processDocument(document),
  wait: (outcome) => outcome,
  close: async () => undefined,
};

/**
 * Workers by default: one per core but one, which the main thread keeps for reading
 * and writing to the store; at least one.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The compiled worker entry next to this module, or null when there is none (sources run by vitest). */
export function compiledWorkerScript(): URL | null {
  const script = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : null;
}

/**
 * A pool of `workers` threads running `script` (default: the compiled worker), or
 * the in-thread processor when `workers` is 0 or there is no worker script.
 */
export function startProcessor(workers: number, script: URL | null = compiledWorkerScript()): Processor {
  return workers > 0 && script !== null ? new ProcessPool(workers, script) : inThreadProcessor;
}

interface Task {
  id: number;
  document: RawDocument;
  resolve: (outcome: ProcessOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not answered yet. */
  pending: Map<number, Task>;
}

class ProcessPool implements Processor {
  private readonly queue: Task[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(workers: number, script: URL) {
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn(script));
  }

  process(document: RawDocument): Promise<ProcessOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, document, resolve });
      this.dispatch();
    });
  }

  /**
   * Reading and writing the store keep the main thread busy a third of the time at
   * most: the rest it would spend waiting here for the workers. It processes queued
   * documents itself meanwhile, one at a time, letting the workers' replies in between.
   * One more worker would do that work too, but would compete with this thread for a
   * core, and measured slower on the shared 2-core machine (docs/benchmarks.md).
   */
  async wait(outcome: Promise<ProcessOutcome>): Promise<ProcessOutcome> {
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    while (!settled && this.queue.length > 0) {
      const task = this.queue.shift()!;
      task.resolve(processDocument(task.document));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return outcome;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private spawn(script: URL): Slot {
    const slot: Slot = { worker: new Worker(script), pending: new Map() };
    slot.worker.on("message", (reply: ProcessReply) => {
      const task = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      task?.resolve(reply.outcome);
      this.dispatch();
    });
    // A worker that dies (it should not: processDocument catches what the stages throw)
    // hands its unanswered documents back, to the other workers or to this thread.
    const lost = () => {
      if (this.closing || !this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.queue.unshift(...slot.pending.values());
      slot.pending.clear();
      this.dispatch();
    };
    slot.worker.on("error", lost);
    slot.worker.on("exit", lost);
    return slot;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.slots.length === 0) {
        const task = this.queue.shift()!;
        task.resolve(processDocument(task.document));
        continue;
      }
      const slot = this.slots.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
      if (slot.pending.size >= TASKS_PER_WORKER) return;
      const task = this.queue.shift()!;
      slot.pending.set(task.id, task);
      const message: ProcessTask = { id: task.id, document: task.document };
      slot.worker.postMessage(message);
    }
  }
}
