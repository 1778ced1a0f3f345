// Shapes of the server's JSON, written to the API contract. Role and unit
// type lists live here too because the UI offers exactly these choices.

export const ROLES = [
  'admin',
  'unit_lead',
  'case_worker',
  'intake',
  'partner_counsellor',
  'volunteer_coordinator',
  'dpo',
] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_TYPES = [
  'intake',
  'immigration',
  'asylum_benefits',
  'accommodation',
  'integration',
  'jobcentre',
  'partner_desk',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isUnitType(value: string): value is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(value);
}

export type SessionStage = 'totp' | 'enrol' | 'full';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  unitIds: string[];
}

export interface Tenant {
  id: string;
  name: string;
  slug: string;
}

export interface Session {
  stage: SessionStage;
  csrfToken: string;
  user: SessionUser;
  tenant: Tenant;
}

export interface StageResponse {
  stage: SessionStage;
  csrfToken: string;
}

export interface EnrolmentStart {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

export interface EnrolmentConfirm extends StageResponse {
  recoveryCodes: string[];
}

export interface OidcConfig {
  enabled: boolean;
  label: string;
}

export interface Invitation {
  email: string;
  displayName: string;
  tenantName: string;
}

export interface ListResponse<T> {
  items: T[];
}

export interface Unit {
  id: string;
  name: string;
  type: string;
  active: boolean;
}

export type StaffStatus = 'invited' | 'active' | 'disabled';

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  unitIds: string[];
  status: StaffStatus;
  mfaEnrolled: boolean;
  /** Only partner counsellors belong to one. */
  partnerOrganisation: { id: string; name: string } | null;
}

export interface InvitationCreated {
  staff: StaffMember;
  invitationUrl: string;
}

export interface PartnerOrganisation {
  id: string;
  name: string;
  kind: string;
  contactEmail: string | null;
  active: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  personId: string | null;
  purpose: string | null;
  details: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}

export interface AuditActor {
  id: string;
  label: string;
}

export interface AuditVerifyProblem {
  seq: number;
  kind: string;
  message: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  problems: AuditVerifyProblem[];
}
