import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from './database.js';

// Migrations are plain numbered SQL files in migrations/ that run unchanged
// on PostgreSQL and PGlite. Each runs once, in its own transaction; a changed
// file that was already applied stops start-up rather than drifting silently.

const migrationsDir = new URL('../../../migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  script: string;
  checksum: string;
}

export function loadMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const script = readFileSync(new URL(file, migrationsDir), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        script,
        checksum: createHash('sha256').update(script).digest('hex'),
      };
    });
}

// Any constant will do; it only has to be the same in every Lotse process.
const MIGRATION_LOCK = 7_426_101;

export async function migrate(db: Database, onApplied?: (name: string) => void): Promise<string[]> {
  const applied: string[] = [];
  // Several app processes may start at once; only one migrates.
  await db.kysely.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          checksum text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`.execute(conn);
      const done = await conn.selectFrom('schema_migrations').select(['version', 'name', 'checksum']).execute();
      const byVersion = new Map(done.map((row) => [row.version, row]));
      for (const migration of loadMigrations()) {
        const previous = byVersion.get(migration.version);
        if (previous) {
          if (previous.checksum !== migration.checksum) {
            throw new Error(`Migration ${migration.name} was changed after it had been applied. Add a new migration instead.`);
          }
          continue;
        }
        await db.execScript(
          `${migration.script}\n;INSERT INTO schema_migrations (version, name, checksum) VALUES (${migration.version}, '${migration.name}', '${migration.checksum}');`,
        );
        applied.push(migration.name);
        onApplied?.(migration.name);
      }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return applied;
}

/** The migrations on disk that the database has not applied yet. */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const exists = await sql<{ found: boolean }>`select to_regclass('public.schema_migrations') is not null as found`.execute(db.kysely);
  if (!exists.rows[0]?.found) return loadMigrations().map((migration) => migration.name);
  const done = await db.kysely.selectFrom('schema_migrations').select('version').execute();
  const versions = new Set(done.map((row) => row.version));
  return loadMigrations()
    .filter((migration) => !versions.has(migration.version))
    .map((migration) => migration.name);
}
