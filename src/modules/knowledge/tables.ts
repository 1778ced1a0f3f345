import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column (YYYY-MM-DD); read as a string thanks to to_char in queries or as Date by the driver. */
type DateColumn = ColumnType<Date | string, string, string>;
type NullableDate = ColumnType<Date | string | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

// Row types of the knowledge base and onboarding; keep in step with migrations/0007_knowledge.sql.
export interface KnowledgeArticlesTable {
  tenant_id: string;
  id: string;
  title: string;
  owning_unit_id: string | null;
  owner_staff_id: string | null;
  tags: TextArray;
  legal_refs: TextArray;
  related_process_ids: TextArray;
  review_by: NullableDate;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface KnowledgeArticleConcernsTable {
  tenant_id: string;
  article_id: string;
  concern_id: string;
}

export type VersionStatus = 'draft' | 'review' | 'published' | 'superseded';

export interface KnowledgeVersionsTable {
  tenant_id: string;
  id: string;
  article_id: string;
  number: number;
  title: string;
  body_markdown: string;
  body_html: string;
  body_text: string;
  change_note: ColumnType<string, string | undefined, string>;
  valid_from: DateColumn;
  valid_until: NullableDate;
  status: VersionStatus;
  replaces_version_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  published_by: string | null;
  validity: ColumnType<string, never, never>;
  search_vector: ColumnType<string, never, never>;
}

export interface OnboardingPathsTable {
  tenant_id: string;
  id: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  unit_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OnboardingStepsTable {
  tenant_id: string;
  path_id: string;
  position: number;
  article_id: string | null;
  process_id: string | null;
}

export interface OnboardingAssignmentsTable {
  tenant_id: string;
  path_id: string;
  staff_id: string;
  assigned_by: string | null;
  assigned_at: Timestamp;
}

export interface ReadConfirmationsTable {
  tenant_id: string;
  staff_id: string;
  article_version_id: string | null;
  process_id: string | null;
  confirmed_at: Generated<Date>;
}

export interface KnowledgeTables {
  knowledge_articles: KnowledgeArticlesTable;
  knowledge_article_concerns: KnowledgeArticleConcernsTable;
  knowledge_versions: KnowledgeVersionsTable;
  onboarding_paths: OnboardingPathsTable;
  onboarding_steps: OnboardingStepsTable;
  onboarding_assignments: OnboardingAssignmentsTable;
  read_confirmations: ReadConfirmationsTable;
}
