import { randomUUID } from 'node:crypto';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import type { RequestAuth } from '../../src/platform/http/policy.js';
import { callNext } from '../../src/modules/intake/counter.js';
import { issueTicket, type IssueInput } from '../../src/modules/intake/tickets.js';
import type { TicketView } from '../../src/modules/intake/ticket-view.js';
import type { Tenant } from '../../src/modules/access/index.js';
import type { TestStaff } from '../support/factories.js';

// Tickets in a given state, made through the domain functions, for tests
// that need a ticket without walking through the kiosk first.

export async function makeTicket(db: Database, tenant: Tenant, input: Partial<IssueInput> & { locationId: string }, now = new Date()): Promise<TicketView> {
  const issued = await withTenant(db, tenant.id, (tx) =>
    issueTicket(tx, tenant.id, { id: null, label: 'Test' }, {
      kind: 'walk_in', scheduledAt: null, concernGroup: null, concernId: null, personId: null, via: 'desk', ...input,
    }, now),
  );
  return issued.ticket;
}

/** A RequestAuth as the session check would build it, for calling domain functions directly. */
export function authOf(staff: TestStaff, unitIds: string[]): RequestAuth {
  return {
    sessionId: 'test', tenantId: staff.tenantId, staffId: staff.id, displayName: staff.displayName, email: staff.email,
    roles: ['case_worker'], unitIds, stage: 'full', csrfToken: 'test', authMethod: 'password',
  };
}

/** A ticket that a counter of `unitId` has called. */
export async function makeCalledTicket(db: Database, tenant: Tenant, staff: TestStaff, locationId: string, concernId: string, unitId: string, now = new Date()): Promise<TicketView> {
  await makeTicket(db, tenant, { locationId, concernId }, now);
  const called = await withTenant(db, tenant.id, (tx) => callNext(tx, authOf(staff, [unitId]), { locationId, unitId, counterName: 'Schalter 1' }, now));
  if (!called) throw new Error('nothing to call');
  return called;
}

/** A confirmed online booking (appointments module) for a slot starting at `startsAt`, on a counter of its own in the unit's schedule at the location. */
export async function makeBooking(db: Database, tenant: Tenant, input: { unitId: string; locationId: string; concernId: string; startsAt: Date; status?: 'confirmed' | 'cancelled' }): Promise<{ id: string }> {
  const slotId = randomUUID();
  const id = randomUUID();
  await withTenant(db, tenant.id, async (tx) => {
    const existing = await tx.selectFrom('appointment_schedules').select('id').where('unit_id', '=', input.unitId).where('location_id', '=', input.locationId).executeTakeFirst();
    const scheduleId = existing?.id ?? randomUUID();
    if (!existing) {
      await tx.insertInto('appointment_schedules').values({
        tenant_id: tenant.id, id: scheduleId, unit_id: input.unitId, location_id: input.locationId, counters: 1, online_percent: 100, booking_window_days: 30,
        opening_hours: JSON.stringify([{ weekday: 1, opens: '08:00', closes: '16:00' }]),
      }).execute();
    }
    const slots = await tx.selectFrom('appointment_slots').select((eb) => eb.fn.countAll<string>().as('n')).where('schedule_id', '=', scheduleId).executeTakeFirstOrThrow();
    await tx.insertInto('appointment_slots').values({
      tenant_id: tenant.id, id: slotId, schedule_id: scheduleId, concern_id: input.concernId, counter: Number(slots.n) + 1, starts_at: input.startsAt,
      ends_at: new Date(input.startsAt.getTime() + 30 * 60_000), channel: 'online',
    }).execute();
    await tx.insertInto('appointment_bookings').values({
      tenant_id: tenant.id, id, slot_id: slotId, concern_id: input.concernId, name: 'Gebuchte Person', email: `b-${id.slice(0, 8)}@example.org`, email_key: `b-${id.slice(0, 8)}@example.org`,
      language: 'de', channel: 'online', status: input.status ?? 'confirmed', confirm_code_hash: randomUUID(), confirm_token_hash: randomUUID(), manage_token_hash: randomUUID(),
    }).execute();
  });
  return { id };
}
