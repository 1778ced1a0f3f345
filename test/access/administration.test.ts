import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { currentTotp } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, type TestTenant } from '../support/factories.js';

// What an administrator does in the staff app: units, partner organisations,
// inviting and changing staff; each change audited, each bad input refused.

let ctx: TestContext;
let tenant: TestTenant;
let admin: Caller;
before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
  admin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['admin'] }));
});
after(() => ctx.close());

type Body = Record<string, unknown> & { error?: { code: string } };
const auditOf = (subjectId: string) =>
  withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'actor_id', 'details']).where('subject_id', '=', subjectId).orderBy('seq').execute());

describe('units', () => {
  it('creates, lists, renames and deactivates a unit, auditing each change', async () => {
    const created = await admin.inject({ method: 'POST', url: '/api/units', payload: { name: 'Wohnraumvermittlung', type: 'accommodation' } });
    assert.equal(created.statusCode, 201);
    const unit = json<{ id: string; active: boolean }>(created);
    assert.equal(unit.active, true);

    const list = json<{ items: Array<{ id: string }> }>(await admin.inject({ method: 'GET', url: '/api/units' }));
    assert.ok(list.items.some((item) => item.id === unit.id));

    const renamed = await admin.inject({ method: 'PATCH', url: `/api/units/${unit.id}`, payload: { name: 'Wohnungsvermittlung', active: false } });
    assert.equal(renamed.statusCode, 200);
    assert.deepEqual({ name: json(renamed).name, active: json(renamed).active }, { name: 'Wohnungsvermittlung', active: false });

    const actions = (await auditOf(unit.id)).map((row) => row.action);
    assert.deepEqual(actions, ['unit.create', 'unit.update']);
  });

  it('refuses duplicate names, unknown types, blank names and empty changes with clear codes', async () => {
    await admin.inject({ method: 'POST', url: '/api/units', payload: { name: 'Doppelt', type: 'other' } });
    const duplicate = await admin.inject({ method: 'POST', url: '/api/units', payload: { name: 'Doppelt', type: 'other' } });
    assert.equal(duplicate.statusCode, 409);
    assert.equal(json<Body>(duplicate).error?.code, 'UNIT_NAME_TAKEN');
    for (const payload of [{ name: 'X', type: 'geheimdienst' }, { name: '   ', type: 'other' }, { name: 'Y' }, { name: 'Z', type: 'other', extra: 1 }]) {
      const response = await admin.inject({ method: 'POST', url: '/api/units', payload });
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
      assert.equal(json<Body>(response).error?.code, 'VALIDATION_FAILED');
    }
    const unitId = Object.values(tenant.units)[0] as string;
    const empty = await admin.inject({ method: 'PATCH', url: `/api/units/${unitId}`, payload: {} });
    assert.equal(empty.statusCode, 400);
    const badId = await admin.inject({ method: 'PATCH', url: '/api/units/keine-uuid', payload: { name: 'A' } });
    assert.equal(badId.statusCode, 400);
  });
});

describe('partner organisations', () => {
  it('registers and changes a partner organisation', async () => {
    const created = await admin.inject({ method: 'POST', url: '/api/partner-organisations', payload: { name: 'Caritas Musterstadt', kind: 'Wohlfahrtsverband', contactEmail: 'Beratung@Caritas.example' } });
    assert.equal(created.statusCode, 201);
    const partner = json<{ id: string; contactEmail: string }>(created);
    assert.equal(partner.contactEmail, 'beratung@caritas.example');
    const changed = await admin.inject({ method: 'PATCH', url: `/api/partner-organisations/${partner.id}`, payload: { contactEmail: null, active: false } });
    assert.equal(changed.statusCode, 200);
    assert.equal(json(changed).contactEmail, null);
    const bad = await admin.inject({ method: 'POST', url: '/api/partner-organisations', payload: { name: 'X', kind: 'Y', contactEmail: 'keine-adresse' } });
    assert.equal(bad.statusCode, 400);
  });
});

describe('staff', () => {
  it('invites a member who accepts with a password and logs in with TOTP enrolment', async () => {
    const unitId = Object.values(tenant.units)[0] as string;
    // Unique per run, because the e-mail is unique across a shared test database.
    const local = `Neu.Kollegin.${Date.now()}`;
    const invited = await admin.inject({
      method: 'POST', url: '/api/staff',
      payload: { email: `${local}@Kreis.example`, displayName: 'Nora Neu', roles: ['case_worker'], unitIds: [unitId] },
    });
    assert.equal(invited.statusCode, 201, invited.body);
    const { staff, invitationUrl } = json<{ staff: { id: string; status: string; email: string }; invitationUrl: string }>(invited);
    assert.equal(staff.status, 'invited');
    assert.equal(staff.email, `${local.toLowerCase()}@kreis.example`);
    assert.match(invitationUrl, /^http:\/\/lotse\.test\/einladung\/[\w-]{40,}$/);
    const token = invitationUrl.split('/').pop() as string;

    const info = await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    assert.equal(info.statusCode, 200);
    assert.equal(json(info).displayName, 'Nora Neu');

    const short = await ctx.app.inject({ method: 'POST', url: `/api/invitations/${token}`, payload: { password: 'kurz' } });
    assert.equal(json<Body>(short).error?.code, 'PASSWORD_TOO_SHORT');
    const accepted = await ctx.app.inject({ method: 'POST', url: `/api/invitations/${token}`, payload: { password: 'ein-langes-Passwort-7' } });
    assert.equal(accepted.statusCode, 204);
    const reused = await ctx.app.inject({ method: 'POST', url: `/api/invitations/${token}`, payload: { password: 'ein-langes-Passwort-7' } });
    assert.equal(json<Body>(reused).error?.code, 'INVITATION_INVALID');

    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: staff.email, password: 'ein-langes-Passwort-7' } });
    assert.equal(json(login).stage, 'enrol');
    const headers = { cookie: String(login.headers['set-cookie']).split(';')[0] as string, 'x-csrf-token': json<{ csrfToken: string }>(login).csrfToken };
    const material = json<{ secret: string }>(await ctx.app.inject({ method: 'POST', url: '/api/auth/enrolment/start', headers, payload: {} }));
    const done = await ctx.app.inject({ method: 'POST', url: '/api/auth/enrolment/confirm', headers, payload: { code: currentTotp(material.secret) } });
    assert.equal(done.statusCode, 200);

    const actions = (await auditOf(staff.id)).map((row) => row.action);
    assert.deepEqual(actions.slice(0, 2), ['staff.invite', 'staff.invitation_accepted']);
  });

  it('refuses a taken e-mail, also from another tenant, and unknown units', async () => {
    const other = await makeTenant(ctx.db);
    const elsewhere = await makeStaff(ctx.db, other);
    const taken = await admin.inject({ method: 'POST', url: '/api/staff', payload: { email: elsewhere.email, displayName: 'X', roles: [], unitIds: [] } });
    assert.equal(taken.statusCode, 409);
    assert.equal(json<Body>(taken).error?.code, 'STAFF_EMAIL_TAKEN');
    const foreignUnit = Object.values(other.units)[0] as string;
    const unknown = await admin.inject({ method: 'POST', url: '/api/staff', payload: { email: 'x@y.example', displayName: 'X', roles: [], unitIds: [foreignUnit] } });
    assert.equal(json<Body>(unknown).error?.code, 'UNKNOWN_UNIT');
    const badRole = await admin.inject({ method: 'POST', url: '/api/staff', payload: { email: 'x2@y.example', displayName: 'X', roles: ['kaiser'], unitIds: [] } });
    assert.equal(badRole.statusCode, 400);
  });

  it('changing roles ends the member\'s sessions at once and is audited with before and after', async () => {
    const member = await makeStaff(ctx.db, tenant, { roles: ['case_worker'] });
    const memberSession = await sessionFor(ctx.app, ctx.db, ctx.config, member);
    assert.equal((await memberSession.inject({ method: 'GET', url: '/api/auth/session' })).statusCode, 200);
    const changed = await admin.inject({ method: 'PATCH', url: `/api/staff/${member.id}`, payload: { roles: ['case_worker', 'unit_lead'] } });
    assert.equal(changed.statusCode, 200);
    assert.deepEqual(json<{ roles: string[] }>(changed).roles, ['case_worker', 'unit_lead']);
    assert.equal((await memberSession.inject({ method: 'GET', url: '/api/auth/session' })).statusCode, 401);
    const entry = (await auditOf(member.id)).find((row) => row.action === 'staff.roles_changed');
    assert.ok(entry);
    assert.deepEqual((entry.details as { before: { roles: string[] } }).before.roles, ['case_worker']);
    assert.equal(entry.actor_id, admin.staffId);
  });

  it('keeps the last administrator and forbids disabling oneself', async () => {
    const lone = await makeTenant(ctx.db);
    const onlyAdmin = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, lone, { roles: ['admin'] }));
    const self = await onlyAdmin.inject({ method: 'PATCH', url: `/api/staff/${onlyAdmin.staffId}`, payload: { status: 'disabled' } });
    assert.equal(json<Body>(self).error?.code, 'CANNOT_DISABLE_SELF');
    const demote = await onlyAdmin.inject({ method: 'PATCH', url: `/api/staff/${onlyAdmin.staffId}`, payload: { roles: ['case_worker'] } });
    assert.equal(demote.statusCode, 409);
    assert.equal(json<Body>(demote).error?.code, 'LAST_ADMIN');
  });

  it('deactivating a member ends their sessions and blocks login; the list read is audited', async () => {
    const member = await makeStaff(ctx.db, tenant);
    const memberSession = await sessionFor(ctx.app, ctx.db, ctx.config, member);
    const disabled = await admin.inject({ method: 'PATCH', url: `/api/staff/${member.id}`, payload: { status: 'disabled' } });
    assert.equal(json(disabled).status, 'disabled');
    assert.equal((await memberSession.inject({ method: 'GET', url: '/api/units' })).statusCode, 401);
    const list = json<{ items: Array<{ id: string; status: string }> }>(await admin.inject({ method: 'GET', url: '/api/staff' }));
    assert.equal(list.items.find((item) => item.id === member.id)?.status, 'disabled');
    const reads = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('audit_log').select('action').where('action', '=', 'staff.list').where('actor_id', '=', admin.staffId).execute());
    assert.ok(reads.length >= 1);
  });
});
