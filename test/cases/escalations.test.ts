import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { escalateOverdueReferrals, referralEscalationJob } from '../../src/modules/cases/index.js';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { startJobs, type JobLog } from '../../src/platform/jobs.js';
import { json, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, sessionFor } from '../support/factories.js';
import { casesApp, makeAgency, makeCase, type Agency } from './support.js';

// Overdue referrals are escalated by the background job, whether or not a
// lead ever opens the list: exactly once each, at the time the job runs,
// audited and in the case timeline; referrals not yet due, or already done,
// are left alone. The clock is a ManualClock; the due dates lie years ahead,
// so the real-time job of a browser test's server on a shared PostgreSQL
// never touches them.

const clock = new ManualClock(new Date('2031-03-02T09:00:00Z'));
let ctx: TestContext;
let agency: Agency;
let lead: Caller;

before(async () => {
  ctx = await casesApp(clock);
  agency = await makeAgency(ctx);
  lead = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, agency.tenant, { roles: ['unit_lead'], unitIds: [agency.unitIds.integration] }));
});
after(() => ctx.close());

interface Referral { id: string; overdue: boolean; escalatedAt: string | null }

async function refer(dueDate: string): Promise<{ id: string; caseId: string }> {
  const { caseId } = await makeCase(ctx, agency, { familyName: 'Eskalationsprobe' });
  const created = await agency.workers.immigration.inject({
    method: 'POST', url: `/api/cases/${caseId}/referrals`,
    payload: { fromUnitId: agency.unitIds.immigration, toUnitId: agency.unitIds.integration, concernText: 'Integrationskurs vermitteln', handoverNote: 'Bitte übernehmen.', dueDate, sectionTypes: [] },
  });
  assert.equal(created.statusCode, 201, created.body);
  return { id: json<{ id: string }>(created).id, caseId };
}

const escalatedAt = (id: string) =>
  withTenant(ctx.db, agency.tenant.id, async (tx) => (await tx.selectFrom('referrals').select('escalated_at').where('id', '=', id).executeTakeFirstOrThrow()).escalated_at);

const auditOf = (id: string) =>
  withTenant(ctx.db, agency.tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'actor_id', 'person_id', 'purpose']).where('subject_id', '=', id).where('action', 'like', 'case.referral_escalat%').execute());

const escalationEntries = (caseId: string) =>
  withTenant(ctx.db, agency.tenant.id, (tx) => tx.selectFrom('case_events').select(['summary', 'at']).where('case_id', '=', caseId).where('summary', 'like', '%eskaliert%').execute());

function quietLog() {
  const errors: unknown[] = [];
  let runs = 0;
  const log: JobLog = { info: () => { runs += 1; }, error: (obj) => errors.push(obj) };
  return { log, errors, runs: () => runs };
}

describe('escalation of overdue referrals', () => {
  it('escalates an overdue referral by the job, without anybody opening the list, exactly once; one not yet due stays', async () => {
    const overdue = await refer('2031-03-05');
    const notYetDue = await refer('2031-03-06');
    const returned = await refer('2031-03-04');
    const back = await agency.workers.integration.inject({ method: 'POST', url: `/api/referrals/${returned.id}/return`, payload: { reason: 'Zuständig ist das Jobcenter.' } });
    assert.equal(back.statusCode, 200, back.body);

    // 23:30 on 5 March in Germany: the due day is not over yet.
    clock.set(new Date('2031-03-05T22:30:00Z'));
    assert.deepEqual(await escalateOverdueReferrals(ctx.db, clock.now(), { tenantId: agency.tenant.id }), { escalated: 0 });

    // 00:30 on 6 March in Germany: the first referral is overdue, the second is due today.
    clock.set(new Date('2031-03-05T23:30:00Z'));
    const jobTime = clock.now();
    const { log, errors, runs } = quietLog();
    const jobs = startJobs([referralEscalationJob(ctx.db, clock, { everyMs: 10, tenantId: agency.tenant.id })], log, { firstRunAfterMs: 0 });
    try {
      for (let i = 0; i < 500 && runs() < 4; i += 1) await sleep(10);
    } finally {
      await jobs.stop();
    }
    assert.deepEqual(errors, [], 'no run failed');
    assert.ok(runs() >= 4, `the job ran several times (${runs()})`);

    assert.equal((await escalatedAt(overdue.id))?.toISOString(), jobTime.toISOString(), 'escalated_at is when the job escalated');
    assert.equal(await escalatedAt(notYetDue.id), null, 'not yet due: not escalated');
    assert.equal(await escalatedAt(returned.id), null, 'returned: not escalated');
    const audit = await auditOf(overdue.id);
    assert.deepEqual(audit.map((row) => row.action), ['case.referral_escalate'], 'one audit record, and nobody opened the list');
    assert.equal(audit[0]?.actor_id, null);
    assert.ok(audit[0]?.person_id);
    assert.equal((await escalationEntries(overdue.caseId)).length, 1, 'one timeline entry however often the job ran');
    assert.deepEqual(await auditOf(notYetDue.id), []);

    // The lead's list shows it with the job's time, also when opened days later.
    clock.set(new Date('2031-03-09T08:00:00Z'));
    const list = json<{ items: Referral[] }>(await lead.inject({ method: 'GET', url: '/api/referrals/escalations' }));
    const seen = list.items.find((item) => item.id === overdue.id);
    assert.ok(seen?.overdue);
    assert.equal(seen.escalatedAt, jobTime.toISOString());
    assert.ok(!list.items.some((item) => item.id === returned.id));
    // The second referral became overdue meanwhile: listed at once, escalated by the job's next run.
    assert.equal(list.items.find((item) => item.id === notYetDue.id)?.escalatedAt, null);
    assert.deepEqual(await escalateOverdueReferrals(ctx.db, clock.now(), { tenantId: agency.tenant.id }), { escalated: 1 });
    assert.equal((await escalatedAt(notYetDue.id))?.toISOString(), clock.now().toISOString());
    assert.equal((await escalatedAt(overdue.id))?.toISOString(), jobTime.toISOString(), 'the first keeps its time');
  });

  it('escalates a referral once when several processes run the job at the same moment', async () => {
    clock.set(new Date('2031-06-01T08:00:00Z'));
    const overdue = await refer('2031-05-20');
    const runs = await Promise.all([1, 2, 3].map(() => escalateOverdueReferrals(ctx.db, clock.now(), { tenantId: agency.tenant.id })));
    assert.equal(runs.reduce((sum, run) => sum + run.escalated, 0), 1, `escalated once in all (${JSON.stringify(runs)})`);
    assert.equal((await auditOf(overdue.id)).length, 1);
    assert.equal((await escalationEntries(overdue.caseId)).length, 1);
  });

  it('leaves other tenants alone when run for one', async () => {
    clock.set(new Date('2031-07-01T08:00:00Z'));
    const other = await makeAgency(ctx);
    const { caseId } = await makeCase(ctx, other);
    const created = await other.workers.immigration.inject({
      method: 'POST', url: `/api/cases/${caseId}/referrals`,
      payload: { fromUnitId: other.unitIds.immigration, toUnitId: other.unitIds.integration, concernText: 'Kurs', handoverNote: 'Bitte.', dueDate: '2031-06-15', sectionTypes: [] },
    });
    const id = json<{ id: string }>(created).id;
    await escalateOverdueReferrals(ctx.db, clock.now(), { tenantId: agency.tenant.id });
    const row = await withTenant(ctx.db, other.tenant.id, (tx) => tx.selectFrom('referrals').select('escalated_at').where('id', '=', id).executeTakeFirstOrThrow());
    assert.equal(row.escalated_at, null);
  });
});
