import type { ColumnType, Generated } from 'kysely';

// Row types of the case file tables (migrations/0003_cases.sql).

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Calendar dates; always selected as `col::text` ('YYYY-MM-DD') so no time zone shifts them. */
type DateColumn = ColumnType<string, string, string>;

export type Confidentiality = 'standard' | 'confidential' | 'special_category';
export type SectionAccess = 'none' | 'read' | 'write';
export type ReferralState = 'open' | 'accepted' | 'returned' | 'completed';

export interface CaseSectionTypesTable {
  tenant_id: string;
  key: string;
  label: string;
  owner_unit_type: string;
  position: Generated<number>;
}

export interface CaseAccessMatrixTable {
  tenant_id: string;
  unit_type: string;
  section_type: string;
  access: SectionAccess;
  special_category: Generated<boolean>;
}

export interface CasesTable {
  tenant_id: string;
  id: string;
  person_id: string;
  status: Generated<'open' | 'closed'>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CaseSectionsTable {
  tenant_id: string;
  case_id: string;
  section_type: string;
  owner_unit_id: string | null;
  status: Generated<'active' | 'dormant' | 'closed'>;
  opened_at: Timestamp;
}

export interface CaseEventsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  section_type: string | null;
  kind: 'note' | 'document' | 'status' | 'task' | 'referral' | 'conference' | 'consent';
  subject_id: string | null;
  confidentiality: Generated<Confidentiality>;
  summary: string;
  actor_label: string;
  at: Timestamp;
}

export interface CaseNotesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  section_type: string;
  confidentiality: Confidentiality;
  body: string;
  author_id: string | null;
  author_label: string;
  created_at: Timestamp;
}

export interface CaseDocumentsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  section_type: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface ConsentTextsTable {
  tenant_id: string;
  id: string;
  purpose: string;
  version: number;
  body: string;
  created_at: Timestamp;
}

export interface CaseAccessGrantsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  unit_id: string;
  section_type: string;
  access: 'read' | 'write';
  basis: 'consent' | 'legal_basis';
  purpose: string;
  consent_text_id: string | null;
  legal_reference: string | null;
  granted_by: string | null;
  granted_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

export interface CaseBreakGlassTable {
  tenant_id: string;
  id: string;
  case_id: string;
  person_id: string;
  staff_id: string;
  staff_label: string;
  reason: string;
  started_at: Timestamp;
  expires_at: Timestamp;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
}

export interface ReferralsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  from_unit_id: string;
  to_unit_id: string;
  concern_id: string | null;
  concern_text: string | null;
  handover_note: string;
  due_date: DateColumn;
  section_types: ColumnType<string[], string[], string[]>;
  state: ReferralState;
  return_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  escalated_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CaseConferencesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  title: string;
  section_types: ColumnType<string[], string[], string[]>;
  consent_text_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  minutes: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CaseConferenceParticipantsTable {
  tenant_id: string;
  conference_id: string;
  unit_id: string | null;
  staff_id: string | null;
}

export interface CaseTasksTable {
  tenant_id: string;
  id: string;
  case_id: string;
  section_type: string | null;
  conference_id: string | null;
  title: string;
  due_date: DateColumn | null;
  assignee_unit_id: string | null;
  assignee_staff_id: string | null;
  status: Generated<'open' | 'done'>;
  created_by: string | null;
  created_at: Timestamp;
  done_at: Timestamp | null;
  /** Set together on tasks started from a process model (migration 0009). */
  source_process_id: Generated<string | null>;
  source_process_version: Generated<number | null>;
  source_element_id: Generated<string | null>;
  checklist_id: Generated<string | null>;
  checklist_position: Generated<number | null>;
}

export interface CasesTables {
  case_section_types: CaseSectionTypesTable;
  case_access_matrix: CaseAccessMatrixTable;
  cases: CasesTable;
  case_sections: CaseSectionsTable;
  case_events: CaseEventsTable;
  case_notes: CaseNotesTable;
  case_documents: CaseDocumentsTable;
  consent_texts: ConsentTextsTable;
  case_access_grants: CaseAccessGrantsTable;
  case_break_glass: CaseBreakGlassTable;
  referrals: ReferralsTable;
  case_conferences: CaseConferencesTable;
  case_conference_participants: CaseConferenceParticipantsTable;
  case_tasks: CaseTasksTable;
}
