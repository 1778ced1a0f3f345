import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { callOrder, type QueuedTicket } from '../../src/modules/intake/call-order.js';
import { callNext } from '../../src/modules/intake/counter.js';
import { issueTicket } from '../../src/modules/intake/tickets.js';
import { withTenant } from '../../src/platform/db/index.js';
import { testDatabase } from '../support/database.js';
import type { Database } from '../../src/platform/db/index.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import { makeStaff, makeTenant } from '../support/factories.js';
import { queueArbitrary } from './arbitraries.js';
import { authOf } from './support.js';

// The database applies the rules of call-order.ts: for random queues the
// tickets come out of SQL in the order the pure function prescribes, and
// counters calling at the same moment never get the same ticket.

let db: Database;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

async function setUp() {
  const tenant = await makeTenant(db);
  const unitId = Object.values(tenant.units)[0] as string;
  const location = (await makeLocation(db, tenant)).id;
  const concern = (await makeConcern(db, tenant, { responsibleUnitId: unitId })).id;
  const staff = await makeStaff(db, tenant, { unitIds: [unitId] });
  return { tenant, unitId, location, concern, auth: authOf(staff, [unitId]) };
}

describe('call next in the database', () => {
  it('calls in the order of the pure rules for any queue', async () => {
    const base = Date.parse('2026-03-02T08:00:00Z');
    await fc.assert(
      fc.asyncProperty(queueArbitrary, fc.integer({ min: 0, max: 300 }), async (queue, nowMinute) => {
        const { tenant, unitId, location, concern, auth } = await setUp();
        // Issue in number order at their arrival times; the number is what the database hands out.
        const issued: QueuedTicket[] = [];
        for (const draft of queue) {
          const result = await withTenant(db, tenant.id, (tx) =>
            issueTicket(tx, tenant.id, { id: null, label: 'Test' }, { locationId: location, kind: draft.kind, scheduledAt: draft.scheduledAt, concernGroup: null, concernId: concern, personId: null, via: 'desk' }, draft.issuedAt),
          );
          issued.push({ ...draft, id: result.ticket.id, number: result.ticket.number });
        }
        const now = new Date(base + nowMinute * 60_000);
        const expected = callOrder(issued, now).map((t) => t.id);
        const called: string[] = [];
        for (;;) {
          const next = await withTenant(db, tenant.id, (tx) => callNext(tx, auth, { locationId: location, unitId, counterName: 'Schalter 1' }, now));
          if (!next) break;
          called.push(next.id);
        }
        assert.deepEqual(called, expected);
      }),
      { numRuns: 15 },
    );
  });

  it('never gives two counters the same ticket', async () => {
    const { tenant, unitId, location, concern, auth } = await setUp();
    const now = new Date();
    for (let i = 0; i < 30; i += 1) {
      await withTenant(db, tenant.id, (tx) => issueTicket(tx, tenant.id, { id: null, label: 'Test' }, { locationId: location, kind: 'walk_in', scheduledAt: null, concernGroup: null, concernId: concern, personId: null, via: 'desk' }, now));
    }
    // 40 counters call at once for 30 tickets: 30 distinct tickets and 10 empty hands.
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => withTenant(db, tenant.id, (tx) => callNext(tx, auth, { locationId: location, unitId, counterName: `Schalter ${i}` }, now))));
    const ids = results.filter((ticket) => ticket !== null).map((ticket) => ticket.id);
    assert.equal(ids.length, 30);
    assert.equal(new Set(ids).size, 30);
  });
});
