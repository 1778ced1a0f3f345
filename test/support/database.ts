import { migrate, openDatabase, type Database } from '../../src/platform/db/index.js';

/**
 * The database for one test file: the PostgreSQL server named by DATABASE_URL
 * (shared by all files, every test makes its own tenant), or else a fresh
 * in-memory PGlite.
 */
export async function testDatabase(): Promise<Database> {
  const db = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://', poolSize: 5 });
  await migrate(db);
  return db;
}
