/**
 * The store's drivers for integration tests: every suite that touches the store runs
 * once per driver. PGlite always; PostgreSQL when DOSSIER_TEST_DATABASE_URL names a
 * server (.ci/run starts one), each suite in a database of its own that is dropped after.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseOptions } from "../store/index.js";

export interface TestDriver {
  name: "pglite" | "postgres";
  /** Fresh, empty store options; call cleanup() when done. */
  create(): Promise<{ options: DatabaseOptions; cleanup: () => Promise<void> }>;
}

export const postgresUrl = process.env.DOSSIER_TEST_DATABASE_URL;

const pgliteDriver: TestDriver = {
  name: "pglite",
  async create() {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dossier-test-"));
    return { options: { dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  },
};

const postgresDriver: TestDriver = {
  name: "postgres",
  async create() {
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    const name = `dossier_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(postgresUrl!);
    url.pathname = `/${name}`;
    const dataDir = mkdtempSync(path.join(tmpdir(), "dossier-test-"));
    return {
      options: { dataDir, databaseUrl: url.toString() },
      cleanup: async () => {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

if (!postgresUrl) {
  console.warn("store tests: DOSSIER_TEST_DATABASE_URL is not set; the PostgreSQL driver is skipped (.ci/run sets it).");
}

export const testDrivers: TestDriver[] = postgresUrl ? [pgliteDriver, postgresDriver] : [pgliteDriver];

/** The repository root and the shared folder beside it (seeds, eval data). */
export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const sharedDir = path.resolve(repoRoot, "../shared");
export const seedsDir = path.join(sharedDir, "seeds");
