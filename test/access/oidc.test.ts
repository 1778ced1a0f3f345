import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { mapProviderRoles } from '../../src/modules/access/oidc-roles.js';
import { withSystem, withTenant, type Database } from '../../src/platform/db/index.js';
import { json, testApp, type TestContext } from '../support/app.js';
import { testDatabase } from '../support/database.js';
import { makePartnerOrganisation, makeStaff, makeTenant, type TestTenant } from '../support/factories.js';

// Login through a real OpenID Connect provider (oidc-provider, started here on
// a free port): Lotse redirects to it, the "browser" (fetch with its own
// cookie jar) logs in there and is sent back with a code, and Lotse exchanges
// the code, maps the provider's roles and opens a full session.

const CLIENT_ID = 'lotse';
const CLIENT_SECRET = 'ein-langes-geheimnis-nur-fuer-tests';
const REDIRECT_URI = 'http://lotse.test/api/auth/oidc/callback';
// Roles Lotse does not have are refused at start-up (see config.test.ts), so the
// map here only names real ones; 'kantine' stands for provider roles it does not map.
const ROLE_MAP = { 'abh-team': 'case_worker', dsb: 'dpo' };

interface ProviderAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
  roles: string[] | string;
  realm_access?: { roles: string[] };
}

// What the test provider knows; `loginAs` says who logs in at the next interaction.
const accounts = new Map<string, ProviderAccount>();
let loginAs: string | undefined;

// oidc-provider ships no type declarations; only these members are used.
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ params: Record<string, unknown> }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> };
}

async function startProvider(): Promise<{ issuer: string; server: Server }> {
  const specifier = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: new (issuer: string, configuration: Record<string, unknown>) => OidcProvider };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic',
    }],
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomUUID()] },
    // The provider's roles ride in the ID token, as Keycloak's mappers put them there.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles', 'realm_access'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: async () => ({ ...account }) };
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    // The login and consent screens, answered at once for `loginAs`.
    void (async () => {
      const { params } = await provider.interactionDetails(req, res);
      if (!loginAs) throw new Error('the test did not say who logs in');
      const grant = new provider.Grant({ accountId: loginAs, clientId: String(params.client_id) });
      grant.addOIDCScope(String(params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: loginAs }, consent: { grantId } }, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return { issuer, server };
}

let provider: { issuer: string; server: Server };
let db: Database;
let ctx: TestContext;
let tenant: TestTenant;

const oidcEnv = (tenantSlug: string, extra: Record<string, string> = {}) => ({
  LOTSE_OIDC_ISSUER: provider.issuer,
  LOTSE_OIDC_ALLOW_INSECURE: 'true',
  LOTSE_OIDC_CLIENT_ID: CLIENT_ID,
  LOTSE_OIDC_CLIENT_SECRET: CLIENT_SECRET,
  LOTSE_OIDC_TENANT: tenantSlug,
  LOTSE_OIDC_ROLE_MAP: JSON.stringify(ROLE_MAP),
  ...extra,
});

before(async () => {
  provider = await startProvider();
  // The tenant must exist before the app, whose configuration names it.
  db = await testDatabase();
  tenant = await makeTenant(db);
  ctx = await testApp(oidcEnv(tenant.slug), db);
});
after(async () => {
  await ctx?.close();
  await db?.close();
  provider?.server.closeAllConnections();
  await new Promise((resolve) => provider?.server.close(resolve));
});

/** A person at the provider; e-mail addresses are unique per run, since a shared database outlives it. */
function providerAccount(roles: string[] | string, overrides: Partial<ProviderAccount> = {}): ProviderAccount {
  const id = randomUUID().slice(0, 8);
  const account: ProviderAccount = { sub: `sub-${id}`, email: `Kim.${id}@Landkreis.test`, email_verified: true, name: `Kim ${id}`, roles, ...overrides };
  accounts.set(account.sub, account);
  return account;
}

const setCookies = (response: LightMyRequestResponse) => {
  const header = response.headers['set-cookie'];
  return (Array.isArray(header) ? header : header ? [header] : []).map(String);
};
const cookieNamed = (response: LightMyRequestResponse, name: string) => {
  const cookie = setCookies(response).find((value) => value.startsWith(`${name}=`));
  return cookie?.split(';')[0];
};

interface ProviderRoundTrip {
  /** Path and query of the address the provider sent the browser back to. */
  callback: string;
  /** The browser's state cookie from the start. */
  stateCookie: string;
}

/** The browser's way: Lotse's start, then the provider's redirects and screens, until it points back to Lotse. */
async function throughProvider(account: ProviderAccount, app = ctx.app): Promise<ProviderRoundTrip> {
  loginAs = account.sub;
  const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
  assert.equal(start.statusCode, 302, start.body);
  const stateCookie = cookieNamed(start, 'lotse_oidc_state');
  assert.ok(stateCookie, 'the start binds the login to the browser');
  let location = String(start.headers.location);
  const authorization = new URL(location);
  assert.equal(authorization.origin, provider.issuer);
  assert.equal(authorization.searchParams.get('redirect_uri'), REDIRECT_URI);
  assert.equal(authorization.searchParams.get('scope'), 'openid email profile');
  assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(authorization.searchParams.get('nonce'));

  const jar = new Map<string, string>();
  for (let hop = 0; hop < 12; hop += 1) {
    if (location.startsWith('http://lotse.test/')) {
      const back = new URL(location);
      return { callback: `${back.pathname}${back.search}`, stateCookie };
    }
    const response = await fetch(location, { redirect: 'manual', headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') } });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((attribute) => /^\s*expires=/i.test(attribute) && new Date(attribute.split('=')[1] as string).getTime() < Date.now());
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const body = await response.text();
    const next = response.headers.get('location');
    if (!next) throw new Error(`the provider stopped at ${location} with ${response.status}: ${body.slice(0, 500)}`);
    location = new URL(next, location).href;
  }
  throw new Error('too many redirects at the provider');
}

async function oidcLogin(account: ProviderAccount, app = ctx.app) {
  const trip = await throughProvider(account, app);
  return app.inject({ method: 'GET', url: trip.callback, headers: { cookie: trip.stateCookie } });
}

function loginError(response: LightMyRequestResponse): string | null {
  assert.equal(response.statusCode, 302, response.body);
  const target = new URL(String(response.headers.location), 'http://lotse.test');
  assert.equal(target.pathname, '/login');
  assert.equal(cookieNamed(response, 'lotse_session'), undefined, 'a refused login sets no session');
  return target.searchParams.get('error');
}

async function sessionOf(response: LightMyRequestResponse) {
  const cookie = cookieNamed(response, 'lotse_session');
  assert.ok(cookie, 'a session cookie is set');
  const session = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
  return { cookie, response: session };
}

async function staffBySubject(sub: string) {
  return withTenant(db, tenant.id, (tx) =>
    tx.selectFrom('staff').select(['id', 'email', 'display_name', 'roles', 'status', 'password_hash', 'oidc_subject']).where('oidc_subject', '=', sub).executeTakeFirst(),
  );
}

async function auditOf(subjectId: string) {
  return withTenant(db, tenant.id, (tx) =>
    tx.selectFrom('audit_log').select(['action', 'actor_id', 'purpose', 'details']).where('subject_id', '=', subjectId).orderBy('seq').execute(),
  );
}

describe('login through the OpenID Connect provider', () => {
  it('logs a new person in with a full session, the mapped roles and an audit entry', async () => {
    const account = providerAccount(['abh-team', 'kantine', 'hausmeisterei']);
    const callback = await oidcLogin(account);
    assert.equal(callback.statusCode, 302, callback.body);
    assert.equal(callback.headers.location, '/');
    assert.match(setCookies(callback).find((c) => c.startsWith('lotse_session=')) ?? '', /HttpOnly/);
    // The state cookie has done its work and is cleared.
    assert.match(setCookies(callback).find((c) => c.startsWith('lotse_oidc_state=')) ?? '', /Expires=Thu, 01 Jan 1970/);

    const { response } = await sessionOf(callback);
    assert.equal(response.statusCode, 200, response.body);
    const session = json<{ stage: string; user: { id: string; email: string; displayName: string; roles: string[] }; tenant: { id: string; slug: string } }>(response);
    assert.equal(session.stage, 'full');
    assert.deepEqual(session.user.roles, ['case_worker']);
    assert.equal(session.user.email, account.email.toLowerCase());
    assert.equal(session.user.displayName, account.name);
    assert.equal(session.tenant.id, tenant.id);
    assert.equal(session.tenant.slug, tenant.slug);

    const staff = await staffBySubject(account.sub);
    assert.ok(staff);
    assert.equal(staff.id, session.user.id);
    assert.equal(staff.status, 'active');
    assert.equal(staff.password_hash, null);
    const method = await withTenant(db, tenant.id, (tx) => tx.selectFrom('sessions').select('auth_method').where('staff_id', '=', staff.id).executeTakeFirstOrThrow());
    assert.equal(method.auth_method, 'oidc');

    const audit = await auditOf(staff.id);
    assert.deepEqual(audit.map((entry) => entry.action), ['staff.create', 'auth.login']);
    const login = audit[1];
    assert.equal((login?.details as { method?: string }).method, 'oidc');
    assert.equal(login?.actor_id, staff.id);
    assert.equal(login?.purpose, 'Zugangssicherheit (Anmeldung)');

  });

  it('takes the roles over from the provider on every later login and ends older sessions', async () => {
    const account = providerAccount('abh-team');
    const first = await oidcLogin(account);
    const firstSession = await sessionOf(first);
    assert.deepEqual(json<{ user: { roles: string[] } }>(firstSession.response).user.roles, ['case_worker']);

    account.roles = ['dsb', 'abh-team'];
    const second = await oidcLogin(account);
    const { response } = await sessionOf(second);
    const session = json<{ user: { id: string; roles: string[] } }>(response);
    assert.deepEqual(session.user.roles, ['case_worker', 'dpo']);
    const staff = await staffBySubject(account.sub);
    assert.equal(staff?.id, session.user.id, 'the same account, not a second one');
    assert.deepEqual(staff?.roles, ['case_worker', 'dpo']);

    const changed = (await auditOf(session.user.id)).filter((entry) => entry.action === 'staff.roles_changed');
    assert.equal(changed.length, 1);
    assert.deepEqual((changed[0]?.details as { before: { roles: string[] }; after: { roles: string[] } }).after.roles, ['case_worker', 'dpo']);
    assert.deepEqual((changed[0]?.details as { before: { roles: string[] } }).before.roles, ['case_worker']);
    // Changed rights end the sessions opened with the old ones.
    const old = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: firstSession.cookie } });
    assert.equal(old.statusCode, 401);

    // Unchanged roles: no new roles entry.
    await oidcLogin(account);
    assert.equal((await auditOf(session.user.id)).filter((entry) => entry.action === 'staff.roles_changed').length, 1);
  });

  it('refuses a person whose provider roles grant nothing in Lotse, without a session or an account', async () => {
    const account = providerAccount(['kantine', 'hausmeisterei']);
    const callback = await oidcLogin(account);
    assert.equal(loginError(callback), 'OIDC_NO_ROLE');
    assert.equal(await staffBySubject(account.sub), undefined);
    const failures = await withTenant(db, tenant.id, (tx) =>
      tx.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'auth.login_failed').execute(),
    );
    assert.ok(failures.some((entry) => {
      const details = entry.details as { reason?: string; oidcSubject?: string };
      return details.reason === 'oidc_no_role' && details.oidcSubject === account.sub;
    }));
  });

  it('takes every role from a linked account when the provider withdraws them', async () => {
    const account = providerAccount(['abh-team']);
    const first = await sessionOf(await oidcLogin(account));
    account.roles = [];
    assert.equal(loginError(await oidcLogin(account)), 'OIDC_NO_ROLE');
    const staff = await staffBySubject(account.sub);
    assert.deepEqual(staff?.roles, []);
    const old = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: first.cookie } });
    assert.equal(old.statusCode, 401);
    const actions = (await auditOf(staff?.id as string)).map((entry) => entry.action);
    assert.deepEqual(actions.slice(-2), ['staff.roles_changed', 'auth.login_failed']);
  });

  it('links an existing account by its verified e-mail address and keeps the link', async () => {
    const existing = await makeStaff(db, tenant, { roles: ['intake'], email: `bestand-${randomUUID().slice(0, 8)}@landkreis.test` });
    const account = providerAccount(['abh-team'], { email: existing.email.toUpperCase() });
    const { response } = await sessionOf(await oidcLogin(account));
    const session = json<{ user: { id: string; roles: string[] } }>(response);
    assert.equal(session.user.id, existing.id);
    assert.deepEqual(session.user.roles, ['case_worker'], 'the provider decides the roles');
    assert.equal((await staffBySubject(account.sub))?.id, existing.id);
    const actions = (await auditOf(existing.id)).map((entry) => entry.action);
    assert.deepEqual(actions, ['staff.create', 'staff.oidc_linked', 'staff.roles_changed', 'auth.login']);

    // Later the e-mail at the provider changes: the subject still finds the account.
    account.email = `neu-${randomUUID().slice(0, 8)}@landkreis.test`;
    const again = json<{ user: { id: string } }>((await sessionOf(await oidcLogin(account))).response);
    assert.equal(again.user.id, existing.id);
  });

  it('takes the partner organisation away when the provider takes the partner-counsellor role away', async () => {
    const partner = await makePartnerOrganisation(db, tenant);
    const existing = await makeStaff(db, tenant, { roles: ['partner_counsellor'], partnerOrganisationId: partner.id, email: `partner-${randomUUID().slice(0, 8)}@landkreis.test` });
    const account = providerAccount(['abh-team'], { email: existing.email });
    await sessionOf(await oidcLogin(account));
    const row = await withTenant(db, tenant.id, (tx) => tx.selectFrom('staff').select(['roles', 'partner_organisation_id']).where('id', '=', existing.id).executeTakeFirstOrThrow());
    assert.deepEqual(row, { roles: ['case_worker'], partner_organisation_id: null });
    const changed = (await auditOf(existing.id)).find((entry) => entry.action === 'staff.roles_changed');
    assert.equal((changed?.details as { partnerOrganisationRemoved?: boolean }).partnerOrganisationRemoved, true);
  });

  it('does not take over an account by an e-mail address the provider has not verified', async () => {
    const existing = await makeStaff(db, tenant, { roles: ['admin'] });
    const account = providerAccount(['abh-team'], { email: existing.email, email_verified: false });
    assert.equal(loginError(await oidcLogin(account)), 'OIDC_LOGIN_FAILED');
    assert.equal(await staffBySubject(account.sub), undefined);
  });

  it('refuses an account that is disabled in Lotse', async () => {
    const existing = await makeStaff(db, tenant, { status: 'disabled' });
    const account = providerAccount(['abh-team'], { email: existing.email });
    assert.equal(loginError(await oidcLogin(account)), 'AUTH_ACCOUNT_DISABLED');
    const actions = await auditOf(existing.id);
    assert.equal(actions.at(-1)?.action, 'auth.login_failed');
    assert.equal((actions.at(-1)?.details as { reason?: string }).reason, 'account_disabled');
  });

  it('refuses a replayed callback, an unknown state and a callback from another browser', async () => {
    const account = providerAccount(['abh-team']);
    const trip = await throughProvider(account);
    const first = await ctx.app.inject({ method: 'GET', url: trip.callback, headers: { cookie: trip.stateCookie } });
    assert.equal(first.statusCode, 302);
    assert.equal(first.headers.location, '/');
    const state = new URL(trip.callback, 'http://lotse.test').searchParams.get('state') as string;
    const stored = await withSystem(db, (tx) => tx.selectFrom('oidc_login_states').select('state').where('state', '=', state).executeTakeFirst());
    assert.equal(stored, undefined, 'a state is used once and then gone');

    const replay = await ctx.app.inject({ method: 'GET', url: trip.callback, headers: { cookie: trip.stateCookie } });
    assert.equal(loginError(replay), 'OIDC_LOGIN_FAILED');

    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=abc&state=erfunden', headers: { cookie: 'lotse_oidc_state=erfunden' } });
    assert.equal(loginError(unknown), 'OIDC_LOGIN_FAILED');

    // A callback link planted in someone else's browser (no state cookie there).
    const planted = await throughProvider(account);
    const foreign = await ctx.app.inject({ method: 'GET', url: planted.callback });
    assert.equal(loginError(foreign), 'OIDC_LOGIN_FAILED');
    // ... and its state is spent, so the attacker cannot use it afterwards either.
    const late = await ctx.app.inject({ method: 'GET', url: planted.callback, headers: { cookie: planted.stateCookie } });
    assert.equal(loginError(late), 'OIDC_LOGIN_FAILED');

    // A code swapped into another login's callback: that login's PKCE verifier and nonce do not fit it.
    const [one, two] = [await throughProvider(account), await throughProvider(account)];
    const swapped = new URL(two.callback, 'http://lotse.test');
    swapped.searchParams.set('code', new URL(one.callback, 'http://lotse.test').searchParams.get('code') as string);
    const mixed = await ctx.app.inject({ method: 'GET', url: `${swapped.pathname}${swapped.search}`, headers: { cookie: two.stateCookie } });
    assert.equal(loginError(mixed), 'OIDC_LOGIN_FAILED');

    // The provider refusing (the person cancelled) ends the same way.
    const cancelled = await throughProvider(account);
    const cancelledState = new URL(cancelled.callback, 'http://lotse.test').searchParams.get('state') as string;
    const denied = await ctx.app.inject({
      method: 'GET',
      url: `/api/auth/oidc/callback?error=access_denied&state=${encodeURIComponent(cancelledState)}&iss=${encodeURIComponent(provider.issuer)}`,
      headers: { cookie: cancelled.stateCookie },
    });
    assert.equal(loginError(denied), 'OIDC_LOGIN_FAILED');
  });

  it('reads roles from a nested claim such as Keycloak\'s realm_access.roles', async () => {
    const other = await makeTenant(db);
    const keycloak = await testApp(oidcEnv(other.slug, { LOTSE_OIDC_ROLE_CLAIM: 'realm_access.roles' }), db);
    try {
      const account = providerAccount([], { realm_access: { roles: ['dsb', 'offline_access'] } });
      const callback = await oidcLogin(account, keycloak.app);
      assert.equal(callback.headers.location, '/');
      const cookie = cookieNamed(callback, 'lotse_session') as string;
      const session = json<{ user: { roles: string[] }; tenant: { id: string } }>(await keycloak.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } }));
      assert.deepEqual(session.user.roles, ['dpo']);
      assert.equal(session.tenant.id, other.id, 'the configured tenant, not another');
      assert.equal(await staffBySubject(account.sub), undefined, 'nothing lands in the other tenant');
    } finally {
      await keycloak.close();
    }
  });

  it('answers 404 OIDC_NOT_CONFIGURED when no provider is configured', async () => {
    const plain = await testApp({}, db);
    try {
      for (const url of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=a&state=b']) {
        const response = await plain.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 404, url);
        assert.equal(json<{ error: { code: string } }>(response).error.code, 'OIDC_NOT_CONFIGURED');
      }
      const offered = json<{ enabled: boolean }>(await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/config' }));
      assert.equal(offered.enabled, false);
    } finally {
      await plain.close();
    }
  });

  it('redirects to the login page with OIDC_LOGIN_FAILED when the provider cannot be reached', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`;
    await new Promise((resolve) => dead.close(resolve));
    const unreachable = await testApp(oidcEnv(tenant.slug, { LOTSE_OIDC_ISSUER: issuer }), db);
    try {
      const response = await unreachable.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      assert.equal(loginError(response), 'OIDC_LOGIN_FAILED');
    } finally {
      await unreachable.close();
    }
  });
});

describe('mapping provider roles', () => {
  const map = { 'abh-team': 'case_worker', dsb: 'dpo', leitung: 'unit_lead', falsch: 'superuser' };

  it('maps an array or a single string and ignores unknown values and roles Lotse does not have', () => {
    assert.deepEqual(mapProviderRoles({ roles: ['dsb', 'abh-team', 'kantine', 'falsch', 7] }, 'roles', map), ['case_worker', 'dpo']);
    assert.deepEqual(mapProviderRoles({ roles: 'leitung' }, 'roles', map), ['unit_lead']);
    assert.deepEqual(mapProviderRoles({ roles: { dsb: true } }, 'roles', map), []);
    assert.deepEqual(mapProviderRoles({}, 'roles', map), []);
    assert.deepEqual(mapProviderRoles({ roles: ['toString', 'constructor'] }, 'roles', map), []);
  });

  it('follows a dotted path, and prefers a claim whose own name has dots', () => {
    assert.deepEqual(mapProviderRoles({ realm_access: { roles: ['dsb'] } }, 'realm_access.roles', map), ['dpo']);
    assert.deepEqual(mapProviderRoles({ resource_access: { lotse: { roles: ['leitung'] } } }, 'resource_access.lotse.roles', map), ['unit_lead']);
    assert.deepEqual(mapProviderRoles({ 'https://kreis.example/roles': ['dsb'] }, 'https://kreis.example/roles', map), ['dpo']);
    assert.deepEqual(mapProviderRoles({ realm_access: ['dsb'] }, 'realm_access.roles', map), []);
  });
});
