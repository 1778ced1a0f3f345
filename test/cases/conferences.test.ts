import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createPartner } from '../../src/modules/access/index.js';
import { ManualClock } from '../../src/platform/clock.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, sessionFor } from '../support/factories.js';
import { addNote, casesApp, errorCode, makeAgency, makeCase, openCase, type Agency, type CaseViewBody } from './support.js';

// Case conferences: a partner counsellor reads the named sections of one case
// until the end date, then access ends by itself (checked against the clock).

const DAY = 86_400_000;
const clock = new ManualClock(new Date('2026-04-01T10:00:00Z'));
let ctx: TestContext;
let agency: Agency;
let partner: Caller;
let consentTextId: string;

before(async () => {
  ctx = await casesApp(clock);
  agency = await makeAgency(ctx);
  const org = await withTenant(ctx.db, agency.tenant.id, (tx) => createPartner(tx, agency.tenant.id, { id: null, label: 'Test' }, { name: `Caritas ${randomUUID().slice(0, 6)}`, kind: 'Wohlfahrtsverband' }));
  const staff = await makeStaff(ctx.db, agency.tenant, { roles: ['partner_counsellor'] });
  await withTenant(ctx.db, agency.tenant.id, (tx) => tx.updateTable('staff').set({ partner_organisation_id: org.id }).where('id', '=', staff.id).execute());
  partner = await sessionFor(ctx.app, ctx.db, ctx.config, staff);
  const admin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, agency.tenant, { roles: ['admin'] }));
  consentTextId = json<{ id: string }>(await admin.inject({ method: 'POST', url: '/api/consent-texts', payload: { purpose: 'Fallkonferenz', body: 'Ich willige ein, dass …' } })).id;
});
after(() => ctx.close());

describe('case conferences', () => {
  it('gives the partner the named sections of that one case until the end date, then ends by itself', async () => {
    const { caseId, personId } = await makeCase(ctx, agency);
    const other = await makeCase(ctx, agency);
    await addNote(agency.workers.integration, caseId, 'integration', 'Sprachkurs B1 abgebrochen');
    await addNote(agency.workers.immigration, caseId, 'immigration', 'Duldung verlängert');

    assert.equal((await openCase(partner, personId)).statusCode, 404, 'no browse before the conference');
    const created = await agency.workers.integration.inject({
      method: 'POST', url: `/api/cases/${caseId}/conferences`,
      payload: { title: 'Perspektive Ausbildung', sectionTypes: ['integration'], consentTextId, unitIds: [agency.unitIds.jobcentre], partnerStaffIds: [partner.staffId] },
    });
    assert.equal(created.statusCode, 201, created.body);
    const conferenceId = json<{ id: string }>(created).id;

    const view = json<CaseViewBody>(await openCase(partner, personId));
    assert.deepEqual(view.sections.map((s) => s.type), ['integration']);
    assert.deepEqual(view.restrictedSections, []);
    assert.ok(view.timeline.items.every((item) => item.sectionType === 'integration'));
    assert.equal((await partner.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=integration` })).statusCode, 200);
    assert.equal((await partner.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=immigration` })).statusCode, 403);
    assert.equal((await openCase(partner, other.personId)).statusCode, 404, 'only that one case');

    const minutes = await partner.inject({ method: 'PATCH', url: `/api/case-conferences/${conferenceId}`, payload: { minutes: 'Ausbildungsplatz bei der Stadtwerke-Lehrwerkstatt prüfen.' } });
    assert.equal(minutes.statusCode, 200);
    const action = await agency.workers.integration.inject({ method: 'POST', url: `/api/case-conferences/${conferenceId}/actions`, payload: { title: 'Bewerbung begleiten', dueDate: '2026-04-20', assigneeStaffId: partner.staffId } });
    assert.equal(action.statusCode, 201);
    const tasks = json<{ items: Array<{ title: string; conferenceId: string | null }> }>(await agency.workers.integration.inject({ method: 'GET', url: `/api/cases/${caseId}/tasks` }));
    assert.ok(tasks.items.some((task) => task.title === 'Bewerbung begleiten' && task.conferenceId === conferenceId));

    clock.advance(13 * DAY);
    assert.equal((await openCase(partner, personId)).statusCode, 200, 'still open on day 13');
    clock.advance(1 * DAY + 1000);
    const ended = await openCase(partner, personId);
    assert.equal(ended.statusCode, 404, 'ends after 14 days');
    assert.equal((await partner.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?section=integration` })).statusCode, 404);
    assert.equal((await partner.inject({ method: 'GET', url: `/api/case-conferences/${conferenceId}` })).statusCode, 404);
    const late = await agency.workers.integration.inject({ method: 'PATCH', url: `/api/case-conferences/${conferenceId}`, payload: { minutes: 'nachgetragen' } });
    assert.equal(errorCode(late), 'CONFERENCE_ENDED');
    const record = json<{ active: boolean; minutes: string }>(await agency.workers.integration.inject({ method: 'GET', url: `/api/case-conferences/${conferenceId}` }));
    assert.equal(record.active, false);
    assert.match(record.minutes, /Lehrwerkstatt/);
  });

  it('invites only partner counsellors and needs a known consent text', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const base = { title: 'Konferenz', sectionTypes: ['integration'], consentTextId, unitIds: [] as string[], partnerStaffIds: [] as string[] };
    const notPartner = await agency.workers.integration.inject({ method: 'POST', url: `/api/cases/${caseId}/conferences`, payload: { ...base, partnerStaffIds: [agency.workers.jobcentre.staffId] } });
    assert.equal(errorCode(notPartner), 'CONFERENCE_PARTICIPANT_INVALID');
    const noConsent = await agency.workers.integration.inject({ method: 'POST', url: `/api/cases/${caseId}/conferences`, payload: { ...base, consentTextId: randomUUID(), partnerStaffIds: [partner.staffId] } });
    assert.equal(errorCode(noConsent), 'CONSENT_TEXT_UNKNOWN');
    const notOwn = await agency.workers.integration.inject({ method: 'POST', url: `/api/cases/${caseId}/conferences`, payload: { ...base, sectionTypes: ['immigration'], partnerStaffIds: [partner.staffId] } });
    assert.equal(notOwn.statusCode, 403);
  });
});
