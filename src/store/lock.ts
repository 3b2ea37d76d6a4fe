/**
 * One process only may open a PGlite data folder: two writers were measured to lose
 * data without any error. The lock is a file created exclusively, holding the owner's
 * pid; a lock left by a process that no longer runs is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

export const LOCK_FILE = "dossier.lock";

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  command: string;
}

export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `store: the data folder ${dataDir} is in use by process ${owner.pid} on ${owner.host} (since ${owner.since}: ${owner.command}). ` +
        `Only one process may open a data folder; stop that process, wait for it to finish, or use another --data folder ` +
        `(or PostgreSQL through DATABASE_URL for several processes).`,
    );
    this.name = "DataFolderBusyError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder's lock or throws DataFolderBusyError; returns the release function. */
export function acquireLock(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: process.argv.slice(1).join(" ") };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        rmSync(file, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      // A lock from another host cannot be checked; one from a dead local process is stale.
      if (owner && (owner.host !== me.host || isAlive(owner.pid))) {
        throw new DataFolderBusyError(dataDir, owner);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`store: could not take the lock ${file}`);
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return null; // half-written by a process killed while taking the lock: stale
  }
}
