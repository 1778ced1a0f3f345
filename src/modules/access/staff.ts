import { randomUUID } from 'node:crypto';
import type { Config } from '../../platform/config/config.js';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import { withSystem, withTenant, type Database, type Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { Role } from '../../platform/http/policy.js';
import { assertPasswordAcceptable, hashPassword, randomToken, sha256 } from './secrets.js';
import { announceSessionChange } from './session-cache.js';
import { revokeAllSessions } from './sessions.js';
import { findStaff, staffQuery, toStaffRecord, type StaffRecord } from './staff-store.js';

// Staff accounts: invited by an administrator, activated by setting a
// password through the invitation link, changed and deactivated by
// administrators. Changing roles, units or status ends the person's sessions,
// so new rights (or their loss) take effect at once.

const PURPOSE = 'Verwaltung der Mitarbeitendenkonten';
const INVITATION_DAYS = 7;

export interface StaffInput {
  email: string;
  displayName: string;
  roles: Role[];
  unitIds: string[];
  /** Required for partner counsellors, refused for everyone else. */
  partnerOrganisationId?: string | null | undefined;
}

async function assertUnitsExist(tx: Tx, unitIds: string[]): Promise<void> {
  if (unitIds.length === 0) return;
  const found = await tx.selectFrom('units').select('id').where('id', 'in', unitIds).execute();
  if (found.length !== new Set(unitIds).size) throw new AppError('UNKNOWN_UNIT');
}

/**
 * A partner counsellor belongs to one partner organisation of this tenant,
 * and nobody else belongs to one. Another tenant's organisation is answered
 * like an unknown one: row-level security hides it, and the foreign key alone
 * would accept it.
 */
async function assertPartnerOrganisation(tx: Tx, tenantId: string, roles: Role[], organisationId: string | null, current: string | null): Promise<void> {
  const counsellor = roles.includes('partner_counsellor');
  if (organisationId === null) {
    if (counsellor) throw new AppError('PARTNER_ORGANISATION_REQUIRED');
    return;
  }
  if (!counsellor) throw new AppError('PARTNER_ORGANISATION_NOT_ALLOWED');
  const organisation = await tx
    .selectFrom('partner_organisations')
    .select(['id', 'active'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!organisation) throw new AppError('UNKNOWN_PARTNER_ORGANISATION', `partner ${organisationId}`);
  // Someone who already belongs to a deactivated organisation keeps it until changed.
  if (!organisation.active && organisationId !== current) throw new AppError('PARTNER_ORGANISATION_INACTIVE');
}

async function insertStaff(tx: Tx, tenantId: string, input: StaffInput, extra: { status: 'invited' | 'active'; passwordHash: string | null }): Promise<string> {
  const email = input.email.trim().toLowerCase();
  await assertUnitsExist(tx, input.unitIds);
  const partnerOrganisationId = input.partnerOrganisationId ?? null;
  await assertPartnerOrganisation(tx, tenantId, input.roles, partnerOrganisationId, null);
  const id = randomUUID();
  try {
    await tx
      .insertInto('staff')
      .values({
        tenant_id: tenantId, id, email, display_name: input.displayName.trim(), roles: [...new Set(input.roles)],
        status: extra.status, password_hash: extra.passwordHash, totp_secret: null, totp_last_step: null, oidc_subject: null, partner_organisation_id: partnerOrganisationId,
      })
      .execute();
  } catch (error) {
    // The e-mail is unique across the installation, so another tenant may
    // hold it; this tenant cannot see that row, only the index can.
    if ((error as { code?: string }).code === '23505') throw new AppError('STAFF_EMAIL_TAKEN');
    throw error;
  }
  if (input.unitIds.length > 0) {
    await tx.insertInto('staff_units').values([...new Set(input.unitIds)].map((unitId) => ({ tenant_id: tenantId, staff_id: id, unit_id: unitId }))).execute();
  }
  return id;
}

export async function inviteStaff(tx: Tx, config: Config, tenantId: string, actor: Actor, input: StaffInput) {
  const id = await insertStaff(tx, tenantId, input, { status: 'invited', passwordHash: null });
  const token = randomToken();
  await tx
    .insertInto('invitations')
    .values({ tenant_id: tenantId, token_hash: sha256(token), staff_id: id, expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000) })
    .execute();
  await recordAudit(tx, {
    tenantId, actor, action: 'staff.invite', subjectType: 'staff', subjectId: id, purpose: PURPOSE,
    details: { roles: input.roles, unitIds: input.unitIds, partnerOrganisationId: input.partnerOrganisationId ?? null },
  });
  const staff = (await findStaff(tx, id)) as StaffRecord;
  return { staff, invitationUrl: `${config.publicUrl}/einladung/${token}` };
}

/** Creates an active account with a password right away (CLI and demo seed). */
export async function createActiveStaff(tx: Tx, tenantId: string, actor: Actor, input: StaffInput & { password: string }) {
  assertPasswordAcceptable(input.password);
  const id = await insertStaff(tx, tenantId, input, { status: 'active', passwordHash: await hashPassword(input.password) });
  await recordAudit(tx, { tenantId, actor, action: 'staff.create', subjectType: 'staff', subjectId: id, purpose: PURPOSE, details: { roles: input.roles, partnerOrganisationId: input.partnerOrganisationId ?? null } });
  return (await findStaff(tx, id)) as StaffRecord;
}

export async function listStaff(tx: Tx, tenantId: string, actor: Actor): Promise<StaffRecord[]> {
  const rows = await staffQuery(tx).orderBy('st.display_name').execute();
  await recordAudit(tx, { tenantId, actor, action: 'staff.list', subjectType: 'staff', purpose: PURPOSE, details: { count: rows.length } });
  return rows.map(toStaffRecord);
}

export interface StaffPatch {
  displayName?: string | undefined;
  roles?: Role[] | undefined;
  unitIds?: string[] | undefined;
  status?: 'active' | 'disabled' | undefined;
  partnerOrganisationId?: string | null | undefined;
}

async function countOtherActiveAdmins(tx: Tx, exceptId: string): Promise<number> {
  const row = await tx
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('id', '!=', exceptId)
    .where('status', '=', 'active')
    .where((eb) => eb(eb.val('admin'), '=', eb.fn.any('roles')))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateStaff(tx: Tx, tenantId: string, actor: Actor, id: string, patch: StaffPatch): Promise<StaffRecord> {
  const before = await findStaff(tx, id);
  if (!before) throw new AppError('NOT_FOUND', `staff ${id}`);
  if (patch.status === 'disabled' && actor.id === id) throw new AppError('CANNOT_DISABLE_SELF');
  const losesAdmin = before.roles.includes('admin') && before.status === 'active' && ((patch.roles && !patch.roles.includes('admin')) || patch.status === 'disabled');
  if (losesAdmin && (await countOtherActiveAdmins(tx, id)) === 0) throw new AppError('LAST_ADMIN');
  if (patch.status === 'active' && before.status === 'invited') {
    // An invited account becomes active only by accepting its invitation.
    throw new AppError('VALIDATION_FAILED', 'invited accounts are activated through the invitation', { issues: [{ where: 'body/status', problem: 'invitation not accepted yet' }] });
  }
  if (patch.unitIds) await assertUnitsExist(tx, patch.unitIds);
  const roles = patch.roles ? [...new Set(patch.roles)] : before.roles;
  // Taking the role away without naming an organisation takes the organisation with it.
  const partnerOrganisationId =
    patch.partnerOrganisationId !== undefined ? patch.partnerOrganisationId
      : patch.roles && !roles.includes('partner_counsellor') ? null
        : before.partnerOrganisationId;
  if (patch.roles || patch.partnerOrganisationId !== undefined) {
    await assertPartnerOrganisation(tx, tenantId, roles, partnerOrganisationId, before.partnerOrganisationId);
  }

  await tx
    .updateTable('staff')
    .set({
      ...(patch.displayName !== undefined && { display_name: patch.displayName.trim() }),
      ...(patch.roles && { roles: [...new Set(patch.roles)] }),
      ...(patch.status && { status: patch.status }),
      ...(partnerOrganisationId !== before.partnerOrganisationId && { partner_organisation_id: partnerOrganisationId }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  if (patch.unitIds) {
    await tx.deleteFrom('staff_units').where('staff_id', '=', id).execute();
    if (patch.unitIds.length > 0) {
      await tx.insertInto('staff_units').values([...new Set(patch.unitIds)].map((unitId) => ({ tenant_id: tenantId, staff_id: id, unit_id: unitId }))).execute();
    }
  }
  const after = (await findStaff(tx, id)) as StaffRecord;
  const rightsChanged =
    before.status !== after.status || before.roles.join() !== after.roles.join() || before.unitIds.join() !== after.unitIds.join()
    || before.partnerOrganisationId !== after.partnerOrganisationId;
  // Sessions end when rights change; a new name only has to reach the session caches.
  if (rightsChanged) await revokeAllSessions(tx, id);
  else await announceSessionChange(tx, { staffId: id });
  await recordAudit(tx, {
    tenantId, actor, action: before.roles.join() !== after.roles.join() ? 'staff.roles_changed' : 'staff.update', subjectType: 'staff', subjectId: id, purpose: PURPOSE,
    details: {
      before: { displayName: before.displayName, roles: before.roles, unitIds: before.unitIds, status: before.status, partnerOrganisationId: before.partnerOrganisationId },
      after: { displayName: after.displayName, roles: after.roles, unitIds: after.unitIds, status: after.status, partnerOrganisationId: after.partnerOrganisationId },
      sessionsEnded: rightsChanged,
    },
  });
  return after;
}

/** Looks up an open invitation by its token; undefined when invalid, used or expired. */
export async function findInvitation(db: Database, token: string) {
  if (token.length > 100) return undefined;
  return withSystem(db, (tx) =>
    tx
      .selectFrom('invitations as i')
      .innerJoin('staff as st', 'st.id', 'i.staff_id')
      .innerJoin('tenants as t', 't.id', 'i.tenant_id')
      .select(['i.token_hash', 'i.tenant_id', 'st.id as staff_id', 'st.email', 'st.display_name', 't.name as tenant_name'])
      .where('i.token_hash', '=', sha256(token))
      .where('i.used_at', 'is', null)
      .where('i.expires_at', '>', new Date())
      .where('st.status', '=', 'invited')
      .executeTakeFirst(),
  );
}

export async function acceptInvitation(db: Database, token: string, password: string): Promise<void> {
  const invitation = await findInvitation(db, token);
  if (!invitation) throw new AppError('INVITATION_INVALID');
  assertPasswordAcceptable(password);
  const passwordHash = await hashPassword(password);
  await withTenant(db, invitation.tenant_id, async (tx) => {
    const used = await tx
      .updateTable('invitations')
      .set({ used_at: new Date() })
      .where('token_hash', '=', invitation.token_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    // Two tabs accepting at once: only the first one wins.
    if (Number(used.numUpdatedRows) !== 1) throw new AppError('INVITATION_INVALID');
    await tx.updateTable('staff').set({ password_hash: passwordHash, status: 'active', updated_at: new Date() }).where('id', '=', invitation.staff_id).execute();
    await recordAudit(tx, {
      tenantId: invitation.tenant_id, actor: { id: invitation.staff_id, label: invitation.display_name },
      action: 'staff.invitation_accepted', subjectType: 'staff', subjectId: invitation.staff_id, purpose: PURPOSE,
    });
  });
}
