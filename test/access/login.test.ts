import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { currentTotp } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor, TEST_PASSWORD, type TestTenant } from '../support/factories.js';

// The local login as a browser walks through it: password, then TOTP
// enrolment or a TOTP code, then a full session; plus everything that must
// fail on the way.

let ctx: TestContext;
let tenant: TestTenant;
before(async () => {
  ctx = await testApp();
  tenant = await makeTenant(ctx.db);
});
after(() => ctx.close());

const cookieFrom = (response: { headers: Record<string, unknown> }) => {
  const header = response.headers['set-cookie'];
  const value = (Array.isArray(header) ? header : [header]).find((cookie) => String(cookie).startsWith('lotse_session='));
  return value ? String(value) : undefined;
};
const tokenOf = (setCookie: string | undefined) => setCookie?.split(';')[0] ?? '';

// A fresh client address per call unless a test is about addresses, so
// failure counters never leak between tests (or runs on a shared database).
const randomAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function loginWithPassword(email: string, password = TEST_PASSWORD, ip = randomAddress()) {
  return ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
}

async function auditActions(staffId: string) {
  return withTenant(ctx.db, tenant.id, (tx) =>
    tx.selectFrom('audit_log').select(['action', 'details']).where('subject_id', '=', staffId).orderBy('seq').execute(),
  );
}

describe('login with password and TOTP', () => {
  it('enrols TOTP on first login, returns recovery codes once and opens a full session', async () => {
    const staff = await makeStaff(ctx.db, tenant, { totp: false, roles: ['admin'] });
    const step1 = await loginWithPassword(staff.email);
    assert.equal(step1.statusCode, 200);
    assert.equal(json(step1).stage, 'enrol');
    const setCookie = cookieFrom(step1);
    assert.match(setCookie ?? '', /HttpOnly/);
    assert.match(setCookie ?? '', /SameSite=Strict/);
    const pending = { cookie: tokenOf(setCookie), 'x-csrf-token': json<{ csrfToken: string }>(step1).csrfToken };

    // Half logged in: nothing but the login steps is open.
    const blocked = await ctx.app.inject({ method: 'GET', url: '/api/units', headers: pending });
    assert.equal(blocked.statusCode, 403);
    assert.equal(json<{ error: { code: string } }>(blocked).error.code, 'AUTH_SECOND_FACTOR_REQUIRED');

    const start = await ctx.app.inject({ method: 'POST', url: '/api/auth/enrolment/start', headers: pending, payload: {} });
    assert.equal(start.statusCode, 200);
    const material = json<{ secret: string; otpauthUri: string; qrDataUrl: string }>(start);
    assert.match(material.otpauthUri, /^otpauth:\/\/totp\/Lotse:/);
    assert.match(material.qrDataUrl, /^data:image\/png;base64,/);

    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/enrolment/confirm', headers: pending, payload: { code: '000000' } });
    assert.equal(wrong.statusCode, 401);

    const confirm = await ctx.app.inject({ method: 'POST', url: '/api/auth/enrolment/confirm', headers: pending, payload: { code: currentTotp(material.secret) } });
    assert.equal(confirm.statusCode, 200);
    const done = json<{ stage: string; csrfToken: string; recoveryCodes: string[] }>(confirm);
    assert.equal(done.stage, 'full');
    assert.equal(done.recoveryCodes.length, 10);
    assert.equal(new Set(done.recoveryCodes).size, 10);

    // The pre-2FA token was replaced: it no longer opens anything.
    const old = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: pending });
    assert.equal(old.statusCode, 401);
    const full = { cookie: tokenOf(cookieFrom(confirm)), 'x-csrf-token': done.csrfToken };
    const session = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: full });
    assert.equal(session.statusCode, 200);
    assert.equal(json<{ stage: string }>(session).stage, 'full');
    assert.equal(json<{ tenant: { id: string } }>(session).tenant.id, tenant.id);

    const actions = (await auditActions(staff.id)).map((row) => row.action);
    assert.ok(actions.includes('auth.totp_enrolled'));
    assert.ok(actions.includes('auth.login'));
  });

  it('asks enrolled staff for a code, accepts it once and refuses its replay', async () => {
    const staff = await makeStaff(ctx.db, tenant);
    const step1 = await loginWithPassword(staff.email);
    assert.equal(json(step1).stage, 'totp');
    const headers = { cookie: tokenOf(cookieFrom(step1)), 'x-csrf-token': json<{ csrfToken: string }>(step1).csrfToken };
    const code = currentTotp(staff.totpSecret as string);
    const ok = await ctx.app.inject({ method: 'POST', url: '/api/auth/totp', headers, payload: { code } });
    assert.equal(ok.statusCode, 200);
    assert.equal(json(ok).stage, 'full');

    const again = await loginWithPassword(staff.email);
    const headers2 = { cookie: tokenOf(cookieFrom(again)), 'x-csrf-token': json<{ csrfToken: string }>(again).csrfToken };
    const replay = await ctx.app.inject({ method: 'POST', url: '/api/auth/totp', headers: headers2, payload: { code } });
    assert.equal(replay.statusCode, 401);
    assert.equal(json<{ error: { code: string } }>(replay).error.code, 'AUTH_INVALID_CODE');
  });

  it('accepts each recovery code exactly once', async () => {
    const staff = await makeStaff(ctx.db, tenant, { totp: false });
    const step1 = await loginWithPassword(staff.email);
    const pending = { cookie: tokenOf(cookieFrom(step1)), 'x-csrf-token': json<{ csrfToken: string }>(step1).csrfToken };
    const material = json<{ secret: string }>(await ctx.app.inject({ method: 'POST', url: '/api/auth/enrolment/start', headers: pending, payload: {} }));
    const enrolled = json<{ recoveryCodes: string[] }>(
      await ctx.app.inject({ method: 'POST', url: '/api/auth/enrolment/confirm', headers: pending, payload: { code: currentTotp(material.secret) } }),
    );
    const recovery = enrolled.recoveryCodes[0] as string;

    for (const expected of [200, 401]) {
      const login = await loginWithPassword(staff.email);
      const headers = { cookie: tokenOf(cookieFrom(login)), 'x-csrf-token': json<{ csrfToken: string }>(login).csrfToken };
      const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/totp', headers, payload: { code: recovery.toUpperCase() } });
      assert.equal(response.statusCode, expected);
    }
  });

  it('refuses a wrong password with the same answer as an unknown e-mail, and audits the failure', async () => {
    const staff = await makeStaff(ctx.db, tenant);
    const wrong = await loginWithPassword(staff.email, 'falsches-Passwort-123');
    const unknown = await loginWithPassword('niemand@nirgendwo.test', TEST_PASSWORD);
    for (const response of [wrong, unknown]) {
      assert.equal(response.statusCode, 401);
      assert.equal(json<{ error: { code: string } }>(response).error.code, 'AUTH_INVALID_CREDENTIALS');
      assert.equal(cookieFrom(response), undefined);
    }
    assert.deepEqual(json(wrong), json(unknown));
    const failures = (await auditActions(staff.id)).filter((row) => row.action === 'auth.login_failed');
    assert.equal(failures.length, 1);
  });

  it('locks an account after five failures with 429 and Retry-After, even for the right password', async () => {
    const staff = await makeStaff(ctx.db, tenant);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await loginWithPassword(staff.email, `falsch-falsch-${attempt}`);
      assert.equal(response.statusCode, 401);
    }
    const locked = await loginWithPassword(staff.email, TEST_PASSWORD);
    assert.equal(locked.statusCode, 429);
    assert.equal(json<{ error: { code: string } }>(locked).error.code, 'AUTH_RATE_LIMITED');
    assert.ok(Number(locked.headers['retry-after']) > 0);
  });

  it('limits failures per client address across accounts', async () => {
    const ip = randomAddress();
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await loginWithPassword(`geraten-${attempt}@example.test`, 'falsch-falsch-falsch', ip);
    }
    const staff = await makeStaff(ctx.db, tenant);
    const locked = await loginWithPassword(staff.email, TEST_PASSWORD, ip);
    assert.equal(locked.statusCode, 429);
    const elsewhere = await loginWithPassword(staff.email, TEST_PASSWORD);
    assert.equal(elsewhere.statusCode, 200);
  });

  it('refuses disabled accounts after a correct password', async () => {
    const staff = await makeStaff(ctx.db, tenant, { status: 'disabled' });
    const response = await loginWithPassword(staff.email);
    assert.equal(response.statusCode, 403);
    assert.equal(json<{ error: { code: string } }>(response).error.code, 'AUTH_ACCOUNT_DISABLED');
  });
});

describe('sessions', () => {
  async function fullLogin(staff: { email: string; totpSecret: string | null }, at = Date.now()) {
    const step1 = await loginWithPassword(staff.email);
    const headers = { cookie: tokenOf(cookieFrom(step1)), 'x-csrf-token': json<{ csrfToken: string }>(step1).csrfToken };
    const step2 = await ctx.app.inject({ method: 'POST', url: '/api/auth/totp', headers, payload: { code: currentTotp(staff.totpSecret as string, at) } });
    assert.equal(step2.statusCode, 200);
    return { cookie: tokenOf(cookieFrom(step2)), 'x-csrf-token': json<{ csrfToken: string }>(step2).csrfToken };
  }

  it('rejects state-changing requests without the CSRF token', async () => {
    const staff = await makeStaff(ctx.db, tenant, { roles: ['admin'] });
    const headers = await fullLogin(staff);
    const withoutToken = await ctx.app.inject({ method: 'POST', url: '/api/units', headers: { cookie: headers.cookie }, payload: { name: 'Ohne Token', type: 'other' } });
    assert.equal(withoutToken.statusCode, 403);
    assert.equal(json<{ error: { code: string } }>(withoutToken).error.code, 'CSRF_TOKEN_INVALID');
    const wrongToken = await ctx.app.inject({ method: 'POST', url: '/api/units', headers: { ...headers, 'x-csrf-token': 'x' }, payload: { name: 'Falsches Token', type: 'other' } });
    assert.equal(wrongToken.statusCode, 403);
    const units = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('units').select('name').where('name', 'in', ['Ohne Token', 'Falsches Token']).execute());
    assert.equal(units.length, 0);
  });

  it('logs out one session, and "everywhere" ends all of them', async () => {
    const staff = await makeStaff(ctx.db, tenant);
    const first = await fullLogin(staff);
    // A second device, one TOTP step later (a code is never accepted twice).
    const second = await fullLogin(staff, Date.now() + 30_000);
    const thirdCaller = await sessionFor(ctx.app, ctx.db, ctx.config, staff);
    const third = { cookie: thirdCaller.cookie, 'x-csrf-token': thirdCaller.csrfToken };

    assert.equal((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: first })).statusCode, 204);
    assert.equal((await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: first })).statusCode, 401);
    assert.equal((await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: second })).statusCode, 200);

    assert.equal((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: second })).statusCode, 204);
    assert.equal((await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: second })).statusCode, 401);
    assert.equal((await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: third })).statusCode, 401);
    const actions = (await auditActions(staff.id)).map((row) => row.action);
    assert.ok(actions.includes('auth.logout'));
    assert.ok(actions.includes('auth.logout_all'));
  });

  it('ignores forged and expired session cookies', async () => {
    const forged = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: 'lotse_session=erfunden' } });
    assert.equal(forged.statusCode, 401);
    const staff = await makeStaff(ctx.db, tenant);
    const headers = await fullLogin(staff);
    await withTenant(ctx.db, tenant.id, (tx) => tx.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('staff_id', '=', staff.id).execute());
    assert.equal((await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers })).statusCode, 401);
  });
});
