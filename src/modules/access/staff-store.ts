import type { Tx } from '../../platform/db/index.js';
import type { Role } from '../../platform/http/policy.js';

// Reading staff rows in the shape the rest of the module works with.

export interface StaffRecord {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  roles: Role[];
  unitIds: string[];
  status: 'invited' | 'active' | 'disabled';
  mfaEnrolled: boolean;
  partnerOrganisationId: string | null;
  partnerOrganisationName: string | null;
}

export function staffQuery(tx: Tx) {
  return tx
    .selectFrom('staff as st')
    .select((eb) => [
      'st.id', 'st.tenant_id', 'st.email', 'st.display_name', 'st.roles', 'st.status', 'st.partner_organisation_id',
      eb('st.totp_secret', 'is not', null).as('mfa_enrolled'),
      eb.selectFrom('partner_organisations as po').whereRef('po.id', '=', 'st.partner_organisation_id').select('po.name').as('partner_organisation_name'),
      eb.fn
        .coalesce(
          eb.selectFrom('staff_units as su').whereRef('su.staff_id', '=', 'st.id').select((inner) => inner.fn.agg<string[]>('array_agg', ['su.unit_id']).as('ids')),
          eb.val<string[]>([]),
        )
        .as('unit_ids'),
    ]);
}

type StaffRow = Awaited<ReturnType<ReturnType<typeof staffQuery>['executeTakeFirstOrThrow']>>;

export function toStaffRecord(row: StaffRow): StaffRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles as Role[],
    unitIds: [...(row.unit_ids ?? [])].sort(),
    status: row.status,
    mfaEnrolled: Boolean(row.mfa_enrolled),
    partnerOrganisationId: row.partner_organisation_id,
    partnerOrganisationName: row.partner_organisation_name ?? null,
  };
}

export async function findStaff(tx: Tx, id: string): Promise<StaffRecord | undefined> {
  const row = await staffQuery(tx).where('st.id', '=', id).executeTakeFirst();
  return row ? toStaffRecord(row) : undefined;
}
