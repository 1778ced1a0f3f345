import type { ColumnType, Generated } from 'kysely';
import type { AppointmentsTables } from '../../modules/appointments/tables.js';
import type { CasesTables } from '../../modules/cases/tables.js';
import type { IntakeTables } from '../../modules/intake/tables.js';
import type { KnowledgeTables } from '../../modules/knowledge/tables.js';
import type { PeopleTables } from '../../modules/people/tables.js';
import type { ProcessesTables } from '../../modules/processes/tables.js';
import type { ServicesTables } from '../../modules/services/tables.js';

// Row types of the tables, as Kysely sees them. Migrations are the source of
// truth; keep this file in step with migrations/*.sql.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  created_at: Timestamp;
}

export interface UnitsTable {
  tenant_id: string;
  id: string;
  name: string;
  type: string;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface PartnerOrganisationsTable {
  tenant_id: string;
  id: string;
  name: string;
  kind: string;
  contact_email: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface StaffTable {
  tenant_id: string;
  id: string;
  email: string;
  display_name: string;
  roles: ColumnType<string[], string[], string[]>;
  status: 'invited' | 'active' | 'disabled';
  password_hash: string | null;
  totp_secret: string | null;
  totp_last_step: ColumnType<string | null, number | null, number | null>;
  oidc_subject: string | null;
  partner_organisation_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StaffUnitsTable {
  tenant_id: string;
  staff_id: string;
  unit_id: string;
}

export interface RecoveryCodesTable {
  tenant_id: string;
  staff_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface InvitationsTable {
  tenant_id: string;
  token_hash: string;
  staff_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  tenant_id: string;
  id: string;
  staff_id: string;
  stage: 'totp' | 'enrol' | 'full';
  csrf_token: string;
  pending_totp_secret: string | null;
  auth_method: 'password' | 'oidc';
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface LoginThrottleTable {
  key: string;
  window_started_at: Timestamp;
  failures: number;
  locked_until: Timestamp | null;
}

export interface OidcLoginStatesTable {
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: Timestamp;
}

export interface AuditLogTable {
  tenant_id: string;
  seq: ColumnType<string, number | string, never>;
  at: ColumnType<Date, Date, never>;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  person_id: string | null;
  purpose: string;
  details: Json;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  tenant_id: string;
  seq: ColumnType<string, number | string, number | string>;
  hash: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface FoundationTables {
  tenants: TenantsTable;
  units: UnitsTable;
  partner_organisations: PartnerOrganisationsTable;
  staff: StaffTable;
  staff_units: StaffUnitsTable;
  recovery_codes: RecoveryCodesTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  oidc_login_states: OidcLoginStatesTable;
  audit_log: AuditLogTable;
  audit_heads: AuditHeadsTable;
  schema_migrations: SchemaMigrationsTable;
}

// Later modules keep their table types in src/modules/<module>/tables.ts;
// each is added here with one `& <Module>Tables` line.
export type DB = FoundationTables
  & KnowledgeTables
  & AppointmentsTables
  & CasesTables
  & IntakeTables
  & PeopleTables
  & ProcessesTables
  & ServicesTables;
