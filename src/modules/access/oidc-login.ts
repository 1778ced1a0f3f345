import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Config, OidcConfig } from '../../platform/config/config.js';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import { withSystem, withTenant, type Database, type Tx } from '../../platform/db/index.js';
import type { Role } from '../../platform/http/policy.js';
import { authorizationRequest, describeOidcError, redeemCode, type OidcConfiguration } from './oidc-client.js';
import { mapProviderRoles } from './oidc-roles.js';
import { createSession, revokeAllSessions, type NewSession } from './sessions.js';
import { findTenantBySlug } from './tenants.js';

// Login through the district's identity provider. The provider proves who
// someone is (with its own second factor) and which roles they hold; Lotse
// finds or creates the staff account, takes the roles over and opens a full
// session. Every refusal comes back as an outcome with a stable code for the
// login page and a reason for the log; nothing here knows HTTP.

const LOGIN_PURPOSE = 'Zugangssicherheit (Anmeldung)';
const ACCOUNT_PURPOSE = 'Verwaltung der Mitarbeitendenkonten';
/** How long a started login may take at the provider. */
export const STATE_TTL_MS = 10 * 60_000;

export const callbackPath = '/api/auth/oidc/callback';
export const redirectUriFor = (config: Config) => `${config.publicUrl}${callbackPath}`;

export interface StartedLogin {
  url: URL;
  /** Bound to the browser (cookie) so a callback link cannot be planted in someone else's browser. */
  state: string;
}

export async function startOidcLogin(db: Database, config: Config, configuration: OidcConfiguration): Promise<StartedLogin> {
  const request = await authorizationRequest(configuration, redirectUriFor(config));
  await withSystem(db, async (tx) => {
    // Abandoned logins are swept here rather than by a job: starts are rare and cheap.
    await tx.deleteFrom('oidc_login_states').where('created_at', '<', new Date(Date.now() - STATE_TTL_MS)).execute();
    await tx.insertInto('oidc_login_states').values({ state: request.state, code_verifier: request.codeVerifier, nonce: request.nonce }).execute();
  });
  return { url: request.url, state: request.state };
}

export type RefusalCode = 'OIDC_LOGIN_FAILED' | 'OIDC_NO_ROLE' | 'AUTH_ACCOUNT_DISABLED';

export type OidcOutcome =
  | { ok: true; session: NewSession; staffId: string; tenantId: string }
  /** `reason` and `detail` are for the log: kinds of failure, never claims. */
  | { ok: false; code: RefusalCode; reason: string; detail?: Record<string, unknown> };

const refuse = (code: RefusalCode, reason: string, detail?: Record<string, unknown>): OidcOutcome => ({ ok: false, code, reason, ...(detail && { detail }) });

export interface CallbackInput {
  /** The callback address as the provider sent the browser to it, with all its parameters. */
  callbackUrl: URL;
  /** The state the browser carries in its cookie since the start. */
  browserState: string | undefined;
  address: string;
}

export async function completeOidcLogin(db: Database, config: Config, configuration: OidcConfiguration, input: CallbackInput): Promise<OidcOutcome> {
  const settings = config.oidc;
  if (!settings) return refuse('OIDC_LOGIN_FAILED', 'not_configured');
  const state = input.callbackUrl.searchParams.get('state');
  if (!state || state.length > 200) return refuse('OIDC_LOGIN_FAILED', 'missing_state');

  // One use only: the row goes whatever happens next.
  const stored = await withSystem(db, (tx) =>
    tx.deleteFrom('oidc_login_states').where('state', '=', state).returning(['code_verifier', 'nonce', 'created_at']).executeTakeFirst(),
  );
  if (!stored) return refuse('OIDC_LOGIN_FAILED', 'unknown_state');
  if (stored.created_at.getTime() + STATE_TTL_MS < Date.now()) return refuse('OIDC_LOGIN_FAILED', 'expired_state');
  if (!sameSecret(input.browserState, state)) return refuse('OIDC_LOGIN_FAILED', 'state_not_from_this_browser');

  let claims: Record<string, unknown>;
  try {
    claims = await redeemCode(configuration, input.callbackUrl, { state, nonce: stored.nonce, codeVerifier: stored.code_verifier });
  } catch (error) {
    return refuse('OIDC_LOGIN_FAILED', 'code_exchange', describeOidcError(error));
  }

  const tenant = await findTenantBySlug(db, settings.tenantSlug);
  if (!tenant) return refuse('OIDC_LOGIN_FAILED', 'tenant_not_found', { tenantSlug: settings.tenantSlug });
  const identity = identityFrom(claims, settings);
  if (!identity) return refuse('OIDC_LOGIN_FAILED', 'no_subject');

  try {
    return await withTenant(db, tenant.id, (tx) => signIn(tx, config, settings, tenant.id, identity, input.address));
  } catch (error) {
    // Two first logins of one person at once, or an e-mail held by another tenant.
    if ((error as { code?: string }).code === '23505') return refuse('OIDC_LOGIN_FAILED', 'account_conflict');
    throw error;
  }
}

function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

interface Identity {
  subject: string;
  email: string | undefined;
  /** False only when the provider says so explicitly. */
  emailVerified: boolean;
  displayName: string | undefined;
  roles: Role[];
}

function identityFrom(claims: Record<string, unknown>, settings: OidcConfig): Identity | undefined {
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject.length === 0 || subject.length > 255) return undefined;
  const email = typeof claims.email === 'string' && claims.email.includes('@') && claims.email.length <= 254 ? claims.email.trim().toLowerCase() : undefined;
  const name = typeof claims.name === 'string' ? claims.name.trim().slice(0, 200) : '';
  return {
    subject,
    email,
    emailVerified: claims.email_verified !== false && claims.email_verified !== 'false',
    displayName: name || undefined,
    roles: mapProviderRoles(claims, settings.roleClaim, settings.roleMap),
  };
}

interface StaffRow {
  id: string;
  display_name: string;
  roles: string[];
  status: 'invited' | 'active' | 'disabled';
  oidc_subject: string | null;
}

async function signIn(tx: Tx, config: Config, settings: OidcConfig, tenantId: string, identity: Identity, address: string): Promise<OidcOutcome> {
  const provider: Actor = { id: null, label: `Identitätsanbieter (${settings.label})` };
  const columns = ['id', 'display_name', 'roles', 'status', 'oidc_subject'] as const;
  const linked: StaffRow | undefined = await tx.selectFrom('staff').select(columns).where('oidc_subject', '=', identity.subject).executeTakeFirst();
  let staff = linked;
  if (!staff && identity.email) {
    staff = await tx.selectFrom('staff').select(columns).where('email', '=', identity.email).executeTakeFirst();
    // An account already tied to another provider identity is never taken over by e-mail.
    if (staff?.oidc_subject) return refuse('OIDC_LOGIN_FAILED', 'email_linked_to_other_subject');
    if (staff && !identity.emailVerified) return refuse('OIDC_LOGIN_FAILED', 'email_not_verified');
  }

  if (staff?.status === 'disabled') {
    await recordAudit(tx, {
      tenantId, actor: { id: staff.id, label: staff.display_name }, action: 'auth.login_failed', subjectType: 'staff', subjectId: staff.id,
      purpose: LOGIN_PURPOSE, details: { method: 'oidc', reason: 'account_disabled', address },
    });
    return refuse('AUTH_ACCOUNT_DISABLED', 'account_disabled');
  }

  if (identity.roles.length === 0) {
    // The provider took every Lotse role away: the linked account loses them here too.
    if (linked) await syncRoles(tx, tenantId, provider, linked, []);
    await recordAudit(tx, {
      tenantId,
      actor: staff ? { id: staff.id, label: staff.display_name } : provider,
      action: 'auth.login_failed',
      ...(staff && { subjectType: 'staff', subjectId: staff.id }),
      purpose: LOGIN_PURPOSE,
      details: { method: 'oidc', reason: 'oidc_no_role', address, ...(!staff && { oidcSubject: identity.subject }) },
    });
    return refuse('OIDC_NO_ROLE', 'no_mapped_role');
  }

  if (!staff) {
    if (!identity.email) return refuse('OIDC_LOGIN_FAILED', 'no_email_for_new_account');
    staff = await createOidcStaff(tx, tenantId, provider, identity, identity.email);
  } else if (!staff.oidc_subject) {
    await tx
      .updateTable('staff')
      .set({ oidc_subject: identity.subject, status: 'active', updated_at: new Date() })
      .where('id', '=', staff.id)
      .execute();
    await recordAudit(tx, {
      tenantId, actor: provider, action: 'staff.oidc_linked', subjectType: 'staff', subjectId: staff.id, purpose: ACCOUNT_PURPOSE,
      details: { activated: staff.status === 'invited' },
    });
    if (staff.status === 'invited') {
      // The provider vouched for the person: the password invitation is no longer needed.
      await tx.updateTable('invitations').set({ used_at: new Date() }).where('staff_id', '=', staff.id).where('used_at', 'is', null).execute();
    }
  }
  await syncRoles(tx, tenantId, provider, staff, identity.roles);

  const session = await createSession(tx, config, { tenantId, staffId: staff.id, stage: 'full', authMethod: 'oidc' });
  await recordAudit(tx, {
    tenantId, actor: { id: staff.id, label: staff.display_name }, action: 'auth.login', subjectType: 'staff', subjectId: staff.id,
    purpose: LOGIN_PURPOSE, details: { method: 'oidc', address },
  });
  return { ok: true, session, staffId: staff.id, tenantId };
}

async function createOidcStaff(tx: Tx, tenantId: string, actor: Actor, identity: Identity, email: string): Promise<StaffRow> {
  const row: StaffRow = { id: randomUUID(), display_name: identity.displayName ?? email.slice(0, 200), roles: identity.roles, status: 'active', oidc_subject: identity.subject };
  await tx
    .insertInto('staff')
    .values({
      tenant_id: tenantId, id: row.id, email, display_name: row.display_name, roles: row.roles, status: 'active',
      password_hash: null, totp_secret: null, totp_last_step: null, oidc_subject: identity.subject, partner_organisation_id: null,
    })
    .execute();
  await recordAudit(tx, {
    tenantId, actor, action: 'staff.create', subjectType: 'staff', subjectId: row.id, purpose: ACCOUNT_PURPOSE,
    details: { roles: row.roles, source: 'oidc' },
  });
  return row;
}

/** Takes the provider's roles over; a change ends the person's other sessions, as an administrator's change does. */
async function syncRoles(tx: Tx, tenantId: string, actor: Actor, staff: StaffRow, roles: Role[]): Promise<void> {
  const before = [...staff.roles].sort();
  if (before.join() === roles.join()) return;
  await tx.updateTable('staff').set({ roles, updated_at: new Date() }).where('id', '=', staff.id).execute();
  // Without the partner-counsellor role nobody belongs to a partner organisation.
  const leftOrganisation = roles.includes('partner_counsellor') ? undefined : await tx
    .updateTable('staff').set({ partner_organisation_id: null }).where('id', '=', staff.id).where('partner_organisation_id', 'is not', null)
    .returning('id').executeTakeFirst();
  const sessionsEnded = await revokeAllSessions(tx, staff.id);
  await recordAudit(tx, {
    tenantId, actor, action: 'staff.roles_changed', subjectType: 'staff', subjectId: staff.id, purpose: ACCOUNT_PURPOSE,
    details: { before: { roles: before }, after: { roles }, source: 'oidc', sessionsEnded, ...(leftOrganisation && { partnerOrganisationRemoved: true }) },
  });
  staff.roles = roles;
}
