import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type DatabaseKind = 'postgres' | 'pglite';

/**
 * The database Lotse talks to: PostgreSQL in production, PGlite (Postgres
 * compiled to WebAssembly) embedded for `npm start` and tests. Both speak the
 * same SQL; only how a plain script is executed differs.
 */
export interface Database {
  readonly kind: DatabaseKind;
  readonly kysely: Kysely<DB>;
  /** Runs a multi-statement SQL script (migrations) in one transaction, outside Kysely. */
  execScript(script: string): Promise<void>;
  /**
   * LISTENs on a channel over a connection of its own. `onLost` is called if
   * that connection breaks; the caller decides when to listen again.
   */
  listen(channel: string, onPayload: (payload: string) => void, onLost: (error: Error) => void): Promise<Listener>;
  close(): Promise<void>;
}

export interface Listener {
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite, or "memory://" for a throw-away database. */
  dataDir: string;
  poolSize?: number;
  onPoolError?: (error: Error) => void;
}

// bigint (int8) stays a string in JavaScript; counts are cast where needed.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export function openDatabase(options: DatabaseOptions): Database {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options.dataDir);
}

function openPostgres(connectionString: string, options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  // A server restart breaks idle connections; without a listener that would
  // crash the process instead of failing the next query cleanly.
  pool.on('error', (error) => options.onPoolError?.(error));
  // A connection can also break while a client is checked out between two
  // queries; its query fails on its own, the event must not crash the process.
  pool.on('connect', (client) => client.on('error', (error) => options.onPoolError?.(error)));
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    kysely,
    async execScript(script) {
      const client = await pool.connect();
      try {
        await client.query(`BEGIN;\n${script}\n;COMMIT;`);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload, onLost) {
      const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
      let closing = false;
      const lost = (error: Error) => {
        if (closing) return;
        closing = true;
        client.end().catch(() => undefined);
        onLost(error);
      };
      client.on('error', lost);
      client.on('end', () => lost(new Error('listener connection ended')));
      client.on('notification', (message) => {
        if (message.channel === channel) onPayload(message.payload ?? '');
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch (error) {
        closing = true;
        await client.end().catch(() => undefined);
        throw error;
      }
      return {
        async close() {
          closing = true;
          await client.end().catch(() => undefined);
        },
      };
    },
    close: () => kysely.destroy(),
  };
}

/**
 * A PGlite instance with the same extensions the PostgreSQL server offers
 * from its contrib package (migrations CREATE EXTENSION them on both).
 * In memory without a location.
 */
export function createPglite(location?: string): PGlite {
  return new PGlite({ ...(location && { dataDir: location }), extensions: { btree_gist, fuzzystrmatch, pg_trgm, pgcrypto, unaccent } });
}

function openPglite(dataDir: string): Database {
  let location: string | undefined;
  if (dataDir !== 'memory://') {
    location = resolve(dataDir, 'pglite');
    mkdirSync(location, { recursive: true });
  }
  const pglite = createPglite(location);
  const kysely = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    kind: 'pglite',
    kysely,
    async execScript(script) {
      await pglite.transaction(async (tx) => {
        await tx.exec(script);
      });
    },
    async listen(channel, onPayload) {
      // In-process: the connection cannot break, so onLost is never needed.
      const unlisten = await pglite.listen(channel, onPayload);
      return { close: () => (pglite.closed ? Promise.resolve() : unlisten()) };
    },
    async close() {
      await kysely.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** True when an error means the database cannot be reached (not a bad query). */
export function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) return true;
    // Class 08: connection exception; 57P01-03: admin shutdown, crash, cannot connect now.
    if (code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)) return true;
  }
  if (typeof message === 'string') {
    return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed/i.test(message);
  }
  return false;
}
