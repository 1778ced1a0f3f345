import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { withTenant } from '../../src/platform/db/index.js';
import { json, type Caller, type TestContext } from '../support/app.js';
import { makePartnerOrganisation, makeStaff, makeTenant, sessionFor } from '../support/factories.js';
import { casesApp, errorCode, makeAgency, makeCase, openCase, type Agency } from '../cases/support.js';

// Counsellors of partner organisations (Diakonie, Caritas, …) are staff
// accounts that belong to one partner organisation of the same district. The
// administrator sets it when inviting and editing; without it nobody could
// invite them to a case conference.

let ctx: TestContext;
let agency: Agency;
let admin: Caller;
let diakonie: { id: string; name: string };

before(async () => {
  ctx = await casesApp();
  agency = await makeAgency(ctx);
  admin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, agency.tenant, { roles: ['admin'] }));
  diakonie = await makePartnerOrganisation(ctx.db, agency.tenant, { name: `Diakonie ${randomUUID().slice(0, 6)}` });
});
after(() => ctx.close());

interface StaffBody {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  status: string;
  partnerOrganisation: { id: string; name: string } | null;
}

const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@partner.example`;
const invite = (payload: Record<string, unknown>) =>
  admin.inject({ method: 'POST', url: '/api/staff', payload: { email: uniqueEmail('p'), displayName: 'Paula Partner', roles: ['partner_counsellor'], unitIds: [], ...payload } });
const staffRows = (email: string) =>
  withTenant(ctx.db, agency.tenant.id, (tx) => tx.selectFrom('staff').select(['id', 'partner_organisation_id']).where('email', '=', email).execute());
const auditOf = (subjectId: string) =>
  withTenant(ctx.db, agency.tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'details']).where('subject_id', '=', subjectId).orderBy('seq').execute());

describe('partner counsellors in the staff administration', () => {
  it('invites a partner counsellor with an organisation, lists it with the organisation and audits it', async () => {
    const email = uniqueEmail('eva');
    const invited = await invite({ email, displayName: 'Eva Evangelisch', partnerOrganisationId: diakonie.id });
    assert.equal(invited.statusCode, 201, invited.body);
    const { staff } = json<{ staff: StaffBody }>(invited);
    assert.deepEqual(staff.partnerOrganisation, diakonie);

    const list = json<{ items: StaffBody[] }>(await admin.inject({ method: 'GET', url: '/api/staff' }));
    const listed = list.items.find((item) => item.id === staff.id);
    assert.deepEqual(listed?.partnerOrganisation, diakonie);
    assert.equal(list.items.find((item) => item.id === admin.staffId)?.partnerOrganisation, null, 'the others belong to none');

    const [entry] = await auditOf(staff.id);
    assert.equal(entry?.action, 'staff.invite');
    assert.equal((entry?.details as { partnerOrganisationId: string }).partnerOrganisationId, diakonie.id);
  });

  it('refuses a partner counsellor without an organisation, a non-partner with one, and unknown or foreign organisations, writing nothing', async () => {
    const other = await makeTenant(ctx.db);
    const foreign = await makePartnerOrganisation(ctx.db, other);
    const inactive = await makePartnerOrganisation(ctx.db, agency.tenant, { active: false });
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{}, 400, 'PARTNER_ORGANISATION_REQUIRED'],
      [{ partnerOrganisationId: null }, 400, 'PARTNER_ORGANISATION_REQUIRED'],
      [{ roles: ['case_worker'], partnerOrganisationId: diakonie.id }, 400, 'PARTNER_ORGANISATION_NOT_ALLOWED'],
      [{ partnerOrganisationId: foreign.id }, 400, 'UNKNOWN_PARTNER_ORGANISATION'],
      [{ partnerOrganisationId: randomUUID() }, 400, 'UNKNOWN_PARTNER_ORGANISATION'],
      [{ partnerOrganisationId: inactive.id }, 409, 'PARTNER_ORGANISATION_INACTIVE'],
      [{ partnerOrganisationId: 'Diakonie' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [payload, status, code] of cases) {
      const email = uniqueEmail('nein');
      const response = await invite({ ...payload, email });
      assert.equal(response.statusCode, status, `${JSON.stringify(payload)}: ${response.body}`);
      assert.equal(errorCode(response), code, JSON.stringify(payload));
      assert.deepEqual(await staffRows(email), [], `nothing written for ${JSON.stringify(payload)}`);
    }
    // The foreign organisation stays invisible and untouched in its own tenant.
    const foreignStaff = await withTenant(ctx.db, other.id, (tx) => tx.selectFrom('staff').select('id').where('partner_organisation_id', '=', foreign.id).execute());
    assert.deepEqual(foreignStaff, []);
  });

  it('sets, changes and removes the organisation when editing, with the same rules', async () => {
    const caritas = await makePartnerOrganisation(ctx.db, agency.tenant);
    const other = await makeTenant(ctx.db);
    const foreign = await makePartnerOrganisation(ctx.db, other);
    const member = await makeStaff(ctx.db, agency.tenant, { roles: ['case_worker'] });
    const patch = (payload: Record<string, unknown>) => admin.inject({ method: 'PATCH', url: `/api/staff/${member.id}`, payload });

    assert.equal(errorCode(await patch({ partnerOrganisationId: diakonie.id })), 'PARTNER_ORGANISATION_NOT_ALLOWED');
    assert.equal(errorCode(await patch({ roles: ['partner_counsellor'] })), 'PARTNER_ORGANISATION_REQUIRED');
    assert.equal(errorCode(await patch({ roles: ['partner_counsellor'], partnerOrganisationId: foreign.id })), 'UNKNOWN_PARTNER_ORGANISATION');
    assert.deepEqual((await staffRows(member.email)).map((row) => row.partner_organisation_id), [null], 'refusals change nothing');

    const joined = await patch({ roles: ['partner_counsellor'], partnerOrganisationId: diakonie.id });
    assert.equal(joined.statusCode, 200, joined.body);
    assert.deepEqual(json<StaffBody>(joined).partnerOrganisation, diakonie);

    const moved = await patch({ partnerOrganisationId: caritas.id });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.deepEqual(json<StaffBody>(moved).partnerOrganisation, caritas);
    assert.equal(errorCode(await patch({ partnerOrganisationId: null })), 'PARTNER_ORGANISATION_REQUIRED');

    // A name change leaves the organisation alone.
    assert.deepEqual(json<StaffBody>(await patch({ displayName: 'Umbenannt' })).partnerOrganisation, caritas);

    // Taking the role away takes the organisation with it.
    const left = await patch({ roles: ['case_worker'] });
    assert.equal(left.statusCode, 200, left.body);
    assert.equal(json<StaffBody>(left).partnerOrganisation, null);

    const updates = (await auditOf(member.id)).filter((entry) => entry.action !== 'staff.create');
    const organisations = updates.map((entry) => {
      const details = entry.details as { before: { partnerOrganisationId: string | null }; after: { partnerOrganisationId: string | null } };
      return [details.before.partnerOrganisationId, details.after.partnerOrganisationId];
    });
    assert.deepEqual(organisations, [[null, diakonie.id], [diakonie.id, caritas.id], [caritas.id, caritas.id], [caritas.id, null]]);
  });

  it('lets the invited counsellor, once the invitation is accepted, be invited to a case conference', async () => {
    const email = uniqueEmail('konferenz');
    const invited = json<{ staff: StaffBody; invitationUrl: string }>(await invite({ email, displayName: 'Konrad Konferenz', partnerOrganisationId: diakonie.id }));
    const token = invited.invitationUrl.split('/').pop() as string;
    const accepted = await ctx.app.inject({ method: 'POST', url: `/api/invitations/${token}`, payload: { password: 'ein-langes-Passwort-7' } });
    assert.equal(accepted.statusCode, 204);

    const worker = agency.workers.integration;
    const counsellors = json<{ items: Array<{ id: string; displayName: string; organisationName: string }> }>(
      await worker.inject({ method: 'GET', url: '/api/case-partner-counsellors' }),
    );
    assert.deepEqual(counsellors.items.find((item) => item.id === invited.staff.id), { id: invited.staff.id, displayName: 'Konrad Konferenz', organisationName: diakonie.name });

    const consent = await admin.inject({ method: 'POST', url: '/api/consent-texts', payload: { purpose: 'Fallkonferenz', body: 'Ich willige ein, dass …' } });
    const { caseId, personId } = await makeCase(ctx, agency);
    const created = await worker.inject({
      method: 'POST', url: `/api/cases/${caseId}/conferences`,
      payload: { title: 'Perspektive Arbeit', sectionTypes: ['integration'], consentTextId: json<{ id: string }>(consent).id, unitIds: [], partnerStaffIds: [invited.staff.id] },
    });
    assert.equal(created.statusCode, 201, created.body);

    const counsellor = await sessionFor(ctx.app, ctx.db, ctx.config, { id: invited.staff.id, tenantId: agency.tenant.id, email, displayName: 'Konrad Konferenz', totpSecret: null });
    const view = await openCase(counsellor, personId);
    assert.equal(view.statusCode, 200, view.body);
    assert.deepEqual(json<{ sections: Array<{ type: string }> }>(view).sections.map((section) => section.type), ['integration']);
  });
});
