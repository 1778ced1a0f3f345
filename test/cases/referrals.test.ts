import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { escalateOverdueReferrals } from '../../src/modules/cases/index.js';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, type Caller, type TestContext } from '../support/app.js';
import { makeConcern } from '../support/concerns.js';
import { makeStaff, sessionFor } from '../support/factories.js';
import { casesApp, errorCode, makeAgency, makeCase, type Agency } from './support.js';

// Referrals land in the receiving unit's inbox, come back accepted or
// returned, are visible to both sides, and escalate to the lead when overdue.

const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
let ctx: TestContext;
let agency: Agency;
let integrationLead: Caller;
before(async () => {
  ctx = await casesApp(clock);
  agency = await makeAgency(ctx);
  integrationLead = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, agency.tenant, { roles: ['unit_lead'], unitIds: [agency.unitIds.integration] }));
});
after(() => ctx.close());

interface Referral { id: string; state: string; overdue: boolean; returnReason: string | null; escalatedAt: string | null; toUnitId: string }
interface Board { counts: Array<{ unitId: string; open: number; overdue: number }>; incoming: Referral[]; outgoing: Referral[] }

async function refer(caseId: string, overrides: Record<string, unknown> = {}) {
  return agency.workers.immigration.inject({
    method: 'POST', url: `/api/cases/${caseId}/referrals`,
    payload: {
      fromUnitId: agency.unitIds.immigration, toUnitId: agency.unitIds.integration, concernText: 'Integrationskurs vermitteln',
      handoverNote: 'Aufenthaltserlaubnis erteilt, Kursberechtigung liegt vor.', dueDate: '2026-03-06', sectionTypes: ['immigration'], ...overrides,
    },
  });
}

describe('referrals', () => {
  it('lands in the receiving inbox with counts, is accepted, and both sides see its state', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const created = await refer(caseId);
    assert.equal(created.statusCode, 201, created.body);
    const id = json<{ id: string }>(created).id;

    const inbox = json<Board>(await agency.workers.integration.inject({ method: 'GET', url: '/api/referrals/board' }));
    assert.ok(inbox.incoming.some((r) => r.id === id && r.state === 'open'));
    assert.ok((inbox.counts.find((c) => c.unitId === agency.unitIds.integration)?.open ?? 0) >= 1);
    const outbox = json<Board>(await agency.workers.immigration.inject({ method: 'GET', url: '/api/referrals/board' }));
    assert.ok(outbox.outgoing.some((r) => r.id === id));

    // Only the receiving side decides.
    assert.equal(errorCode(await agency.workers.immigration.inject({ method: 'POST', url: `/api/referrals/${id}/accept`, payload: {} })), 'CASE_NOT_A_MEMBER');
    assert.equal((await agency.workers.jobcentre.inject({ method: 'GET', url: `/api/referrals/${id}` })).statusCode, 403);
    const accepted = await agency.workers.integration.inject({ method: 'POST', url: `/api/referrals/${id}/accept`, payload: {} });
    assert.equal(accepted.statusCode, 200);
    assert.equal(json<Referral>(accepted).state, 'accepted');
    const seen = json<Referral>(await agency.workers.immigration.inject({ method: 'GET', url: `/api/referrals/${id}` }));
    assert.equal(seen.state, 'accepted');
    const again = await agency.workers.integration.inject({ method: 'POST', url: `/api/referrals/${id}/return`, payload: { reason: 'zu spät' } });
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again), 'REFERRAL_TRANSITION_INVALID');
    const done = await agency.workers.integration.inject({ method: 'POST', url: `/api/referrals/${id}/complete`, payload: {} });
    assert.equal(json<Referral>(done).state, 'completed');
  });

  it('comes back returned with a reason, with a concern from the catalogue', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const concern = await makeConcern(ctx.db, agency.tenant);
    const id = json<{ id: string }>(await refer(caseId, { concernText: undefined, concernId: concern.id })).id;
    const noReason = await agency.workers.integration.inject({ method: 'POST', url: `/api/referrals/${id}/return`, payload: {} });
    assert.equal(noReason.statusCode, 400);
    const returned = await agency.workers.integration.inject({ method: 'POST', url: `/api/referrals/${id}/return`, payload: { reason: 'Zuständig ist das Jobcenter.' } });
    assert.equal(json<Referral>(returned).state, 'returned');
    const outbox = json<Board>(await agency.workers.immigration.inject({ method: 'GET', url: '/api/referrals/board?state=returned' }));
    assert.equal(outbox.outgoing.find((r) => r.id === id)?.returnReason, 'Zuständig ist das Jobcenter.');
  });

  it('answers a unit of another tenant with 404 and refuses sharing a section the receiver may not read', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const other = await makeAgency(ctx);
    const foreign = await refer(caseId, { toUnitId: other.unitIds.integration });
    assert.equal(foreign.statusCode, 404);
    assert.equal(errorCode(foreign), 'NOT_FOUND');
    const toJobcentre = await refer(caseId, { toUnitId: agency.unitIds.jobcentre, sectionTypes: ['immigration'] });
    assert.equal(toJobcentre.statusCode, 403);
    assert.equal(errorCode(toJobcentre), 'REFERRAL_SHARING_NEEDS_BASIS');
    assert.equal(errorCode(await refer(caseId, { concernText: undefined })), 'REFERRAL_CONCERN_REQUIRED');
    assert.equal(errorCode(await refer(caseId, { toUnitId: agency.unitIds.immigration })), 'REFERRAL_SAME_UNIT');
    assert.equal(errorCode(await refer(caseId, { fromUnitId: agency.unitIds.jobcentre })), 'CASE_NOT_A_MEMBER');
    assert.equal(errorCode(await refer(caseId, { dueDate: '2026-13-01' })), 'CASE_DATE_INVALID');
  });

  it('escalates overdue referrals to the lead of the receiving unit, judged by the clock', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const id = json<{ id: string }>(await refer(caseId, { dueDate: '2026-03-10' })).id;
    const before = json<{ items: Referral[] }>(await integrationLead.inject({ method: 'GET', url: '/api/referrals/escalations' }));
    assert.ok(!before.items.some((r) => r.id === id));

    clock.set(new Date('2026-03-11T08:00:00Z'));
    // The lead's list judges by the clock; setting escalatedAt is the escalation job's work (test/cases/escalations.test.ts).
    const after = json<{ items: Referral[] }>(await integrationLead.inject({ method: 'GET', url: '/api/referrals/escalations' }));
    assert.ok(after.items.find((r) => r.id === id)?.overdue);
    await escalateOverdueReferrals(ctx.db, clock.now(), { tenantId: agency.tenant.id });
    const escalated = json<{ items: Referral[] }>(await integrationLead.inject({ method: 'GET', url: '/api/referrals/escalations' })).items.find((r) => r.id === id);
    assert.ok(escalated?.overdue && escalated.escalatedAt);
    const board = json<Board>(await agency.workers.integration.inject({ method: 'GET', url: '/api/referrals/board' }));
    assert.ok((board.counts.find((c) => c.unitId === agency.unitIds.integration)?.overdue ?? 0) >= 1);
    assert.equal((await agency.workers.integration.inject({ method: 'GET', url: '/api/referrals/escalations' })).statusCode, 403);
  });
  it('counts what waits in the caller\'s units for the start page: numbers only, no audit record', async () => {
    clock.set(new Date('2026-04-01T08:00:00Z'));
    const other = await makeAgency(ctx);
    const { caseId } = await makeCase(ctx, other, { familyName: 'Zählprobe' });
    const send = async (dueDate: string) => json<{ id: string }>(await other.workers.immigration.inject({
      method: 'POST', url: `/api/cases/${caseId}/referrals`,
      payload: { fromUnitId: other.unitIds.immigration, toUnitId: other.unitIds.integration, concernText: 'Kurs', handoverNote: 'Bitte.', dueDate, sectionTypes: [] },
    })).id;
    await send('2026-04-03');
    const accepted = await send('2026-04-02');
    const returned = await send('2026-04-02');
    await send('2026-04-30');
    assert.equal((await other.workers.integration.inject({ method: 'POST', url: `/api/referrals/${accepted}/accept`, payload: {} })).statusCode, 200);
    assert.equal((await other.workers.integration.inject({ method: 'POST', url: `/api/referrals/${returned}/return`, payload: { reason: 'Falsch' } })).statusCode, 200);
    clock.set(new Date('2026-04-04T08:00:00Z'));

    const auditRows = () => withTenant(ctx.db, other.tenant.id, (tx) => tx.selectFrom('audit_log').select('seq').where('actor_id', '=', other.workers.integration.staffId).execute()).then((rows) => rows.length);
    const before = await auditRows();
    const response = await other.workers.integration.inject({ method: 'GET', url: '/api/referrals/counts' });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(json<{ items: unknown[] }>(response).items, [{ unitId: other.unitIds.integration, unitName: 'Integrationsberatung', open: 2, accepted: 1, overdue: 2 }]);
    assert.ok(!response.body.includes('Zählprobe'), 'no names leave');
    assert.equal(await auditRows(), before, 'numbers are not personal data: no audit record');
    const sender = json<{ items: Array<{ open: number }> }>(await other.workers.immigration.inject({ method: 'GET', url: '/api/referrals/counts' }));
    assert.deepEqual(sender.items.map((row) => row.open), [0], 'the sending unit has nothing waiting');
    const intake = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, other.tenant, { roles: ['intake'] }));
    assert.equal((await intake.inject({ method: 'GET', url: '/api/referrals/counts' })).statusCode, 403);
    const unassigned = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, other.tenant, { roles: ['case_worker'] }));
    assert.deepEqual(json<{ items: unknown[] }>(await unassigned.inject({ method: 'GET', url: '/api/referrals/counts' })).items, []);
  });
});
