/**
 * Opens the database behind a store: PGlite in a data folder (embedded default, one
 * process per folder, guarded by a lock) or PostgreSQL over DATABASE_URL (shared by
 * many workers). Both get the same migrations from drizzle/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { acquireLock } from "./lock.js";
import * as schema from "./schema.js";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseOptions {
  /** Data folder for the embedded store (PGlite lives in `<dataDir>/pg`). */
  dataDir: string;
  /** PostgreSQL connection string; when set, the data folder is not used for the database. */
  databaseUrl?: string;
}

export interface OpenDatabase {
  db: Database;
  driver: "pglite" | "postgres";
  close(): Promise<void>;
}

/** Arbitrary constant naming Dossier's migration lock among a database's advisory locks. */
const MIGRATION_LOCK_KEY = 4_242_001;

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../drizzle");

export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<OpenDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const release = acquireLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir: path.join(dataDir, "pg"), extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      driver: "pglite",
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(databaseUrl: string): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const db = drizzlePostgres(pool, { schema });
    // Many workers may start at once: an advisory lock lets one of them migrate.
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      await migratePostgres(db, { migrationsFolder });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
      client.release();
    }
    return { db: db as unknown as Database, driver: "postgres", close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw new Error(`store: cannot open PostgreSQL at DATABASE_URL: ${(error as Error).message}`, { cause: error });
  }
}
