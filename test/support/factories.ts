import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createPartner, createTenant, createUnit, type Tenant, type UnitType } from '../../src/modules/access/index.js';
import { hashPassword } from '../../src/modules/access/secrets.js';
import { createSession } from '../../src/modules/access/sessions.js';
import { newTotpSecret } from '../../src/modules/access/totp.js';
import { recordAudit } from '../../src/platform/audit/index.js';
import type { Config } from '../../src/platform/config/config.js';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import type { Role } from '../../src/platform/http/policy.js';
import { callerFor, type Caller } from './app.js';

// Factories build what a test needs in its own tenant, so no test depends on
// another's data. They write through the same domain functions where those
// exist, and directly where a test needs a state the UI reaches in many steps.

export const TEST_PASSWORD = 'korrekt-Pferd-Batterie-9';
let cachedHash: Promise<string> | undefined;
// Argon2id is slow on purpose; one hash serves every factory-made account.
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export interface TestTenant extends Tenant {
  units: Record<string, string>;
}

export async function makeTenant(db: Database, units: Array<{ name: string; type: UnitType }> = [{ name: 'Ausländerbehörde', type: 'immigration' }]): Promise<TestTenant> {
  const suffix = randomUUID().slice(0, 8);
  const tenant = await createTenant(db, { slug: `t-${suffix}`, name: `Testkreis ${suffix}` });
  const unitIds: Record<string, string> = {};
  await withTenant(db, tenant.id, async (tx) => {
    for (const unit of units) unitIds[unit.name] = (await createUnit(tx, tenant.id, { id: null, label: 'Test' }, unit)).id;
  });
  return { ...tenant, units: unitIds };
}

export interface TestStaff {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  totpSecret: string | null;
}

export async function makeStaff(
  db: Database,
  tenant: Tenant,
  options: { roles?: Role[]; unitIds?: string[]; status?: 'invited' | 'active' | 'disabled'; totp?: boolean; email?: string; partnerOrganisationId?: string } = {},
): Promise<TestStaff> {
  const id = randomUUID();
  const email = options.email ?? `p-${id.slice(0, 8)}@${tenant.slug}.test`;
  const totpSecret = options.totp === false ? null : newTotpSecret();
  const displayName = `Person ${id.slice(0, 4)}`;
  await withTenant(db, tenant.id, async (tx) => {
    await tx
      .insertInto('staff')
      .values({
        tenant_id: tenant.id, id, email, display_name: displayName, roles: options.roles ?? ['case_worker'], status: options.status ?? 'active',
        password_hash: await passwordHash(), totp_secret: totpSecret, totp_last_step: null, oidc_subject: null, partner_organisation_id: options.partnerOrganisationId ?? null,
      })
      .execute();
    for (const unitId of options.unitIds ?? []) await tx.insertInto('staff_units').values({ tenant_id: tenant.id, staff_id: id, unit_id: unitId }).execute();
    await recordAudit(tx, { tenantId: tenant.id, actor: { id: null, label: 'Test' }, action: 'staff.create', subjectType: 'staff', subjectId: id, purpose: 'Test' });
  });
  return { id, tenantId: tenant.id, email, displayName, totpSecret };
}

/** A partner organisation of the tenant (Wohlfahrtsverband), optionally deactivated. */
export async function makePartnerOrganisation(db: Database, tenant: Tenant, options: { name?: string; active?: boolean } = {}): Promise<{ id: string; name: string }> {
  const name = options.name ?? `Caritas ${randomUUID().slice(0, 6)}`;
  return withTenant(db, tenant.id, async (tx) => {
    const partner = await createPartner(tx, tenant.id, { id: null, label: 'Test' }, { name, kind: 'Wohlfahrtsverband' });
    if (options.active === false) await tx.updateTable('partner_organisations').set({ active: false }).where('id', '=', partner.id).execute();
    return { id: partner.id, name: partner.name };
  });
}

/** A fully logged-in session without walking through the login screens. */
export async function sessionFor(app: FastifyInstance, db: Database, config: Config, staff: TestStaff): Promise<Caller> {
  const session = await withTenant(db, staff.tenantId, (tx) =>
    createSession(tx, config, { tenantId: staff.tenantId, staffId: staff.id, stage: 'full', authMethod: 'password' }),
  );
  return callerFor(app, { staffId: staff.id, tenantId: staff.tenantId, token: session.token, csrfToken: session.csrfToken });
}

/** A tenant with a logged-in member for each given role. */
export async function makeStaffWithRole(app: FastifyInstance, db: Database, config: Config, tenant: TestTenant, role: Role): Promise<Caller> {
  return sessionFor(app, db, config, await makeStaff(db, tenant, { roles: [role] }));
}
