import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DB } from './schema.js';

// Transactions as Lotse runs them. A tenant transaction works as the
// restricted role lotse_app with the tenant set, so row-level security admits
// only that tenant's rows. On PostgreSQL the BEGIN and both settings travel in
// one round trip (a simple-protocol batch), which matters on every request.

/** A query builder bound to one connection inside an open transaction. */
export type Tx = Kysely<DB>;

export interface TxOptions {
  /** 'repeatable read' gives one consistent snapshot, e.g. to verify the audit chain while others write. */
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function withTenant<T>(db: Database, tenantId: string, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  // The tenant id is written into the batch as a literal; only a UUID may pass.
  if (!UUID.test(tenantId)) throw new Error(`not a tenant id: ${JSON.stringify(tenantId)}`);
  return inTransaction(db, options, [`select set_config('role', 'lotse_app', true), set_config('lotse.tenant_id', '${tenantId}', true)`], work);
}

/**
 * Runs `work` in one transaction as the owner, across tenants. Only for the
 * few lookups that must happen before a tenant is known (session cookie,
 * login e-mail, invitation token) and for operator commands.
 */
export function withSystem<T>(db: Database, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  return inTransaction(db, options, [], work);
}

function inTransaction<T>(db: Database, options: TxOptions, setup: string[], work: (tx: Tx) => Promise<T>): Promise<T> {
  const opening = [`begin${options.isolation ? ` isolation level ${options.isolation}` : ''}`, ...setup];
  return db.kysely.connection().execute(async (conn) => {
    if (db.kind === 'postgres') {
      // Without parameters node-postgres uses the simple protocol, which runs a batch.
      await sql.raw(opening.join('; ')).execute(conn);
    } else {
      for (const statement of opening) await sql.raw(statement).execute(conn);
    }
    try {
      const result = await work(conn);
      await sql.raw('commit').execute(conn);
      return result;
    } catch (error) {
      await sql.raw('rollback').execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
