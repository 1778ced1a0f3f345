import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { withSystem, withTenant, type Database } from '../../src/platform/db/index.js';
import { testDatabase } from '../support/database.js';
import { makeStaff, makeTenant, type TestTenant } from '../support/factories.js';

// Row-level security is the second wall behind the application's checks:
// even a query that forgets its tenant filter sees only its own tenant, and
// a query with no tenant set sees nothing at all.

let db: Database;
let a: TestTenant;
let b: TestTenant;
before(async () => {
  db = await testDatabase();
  a = await makeTenant(db);
  b = await makeTenant(db);
  await makeStaff(db, a);
  await makeStaff(db, b);
});
after(() => db.close());

describe('row-level security', () => {
  it('returns nothing to the app role when no tenant is set', async () => {
    const counts = await db.kysely.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'lotse_app', true)`.execute(tx);
      const units = await tx.selectFrom('units').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const staff = await tx.selectFrom('staff').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const audit = await tx.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      return [units.n, staff.n, audit.n].map(Number);
    });
    assert.deepEqual(counts, [0, 0, 0]);
    // The rows are there: the owner sees them.
    const total = await withSystem(db, (tx) => tx.selectFrom('units').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow());
    assert.ok(Number(total.n) >= 2);
  });

  it('shows a tenant only its own rows even without a WHERE on tenant_id', async () => {
    const seen = await withTenant(db, a.id, (tx) => tx.selectFrom('staff').select('tenant_id').execute());
    assert.ok(seen.length > 0);
    assert.ok(seen.every((row) => row.tenant_id === a.id));
  });

  it('refuses to write a row into another tenant', async () => {
    await assert.rejects(
      withTenant(db, a.id, (tx) => tx.insertInto('units').values({ tenant_id: b.id, id: crypto.randomUUID(), name: 'Eingeschleust', type: 'other' }).execute()),
      /row-level security/,
    );
    const updated = await withTenant(db, a.id, (tx) => tx.updateTable('units').set({ name: 'Gekapert' }).where('tenant_id', '=', b.id).executeTakeFirst());
    assert.equal(Number(updated.numUpdatedRows), 0);
  });

  it('keeps the audit log append-only for the app role', async () => {
    await assert.rejects(
      withTenant(db, a.id, (tx) => tx.deleteFrom('audit_log').execute()),
      /permission denied|append-only/,
    );
  });
});
