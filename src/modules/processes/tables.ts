import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

// Row types of the process map; keep in step with migrations/0008_processes.sql.

export interface ProcessGroupsTable {
  tenant_id: string;
  id: string;
  name: string;
  position: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
}

export interface ProcessesTable {
  tenant_id: string;
  id: string;
  group_id: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  owner_unit_id: string | null;
  owner_staff_id: string | null;
  current_version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProcessVersionsTable {
  tenant_id: string;
  process_id: string;
  version: number;
  title: string;
  description: string;
  owner_unit_id: string | null;
  owner_staff_id: string | null;
  bpmn_xml: string | null;
  change_note: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ProcessConcernLinksTable {
  tenant_id: string;
  process_id: string;
  concern_id: string;
  created_at: Generated<Date>;
}

export interface ProcessArticleLinksTable {
  tenant_id: string;
  process_id: string;
  article_id: string;
  created_at: Generated<Date>;
}

export interface ProcessesTables {
  process_groups: ProcessGroupsTable;
  processes: ProcessesTable;
  process_versions: ProcessVersionsTable;
  process_concern_links: ProcessConcernLinksTable;
  process_article_links: ProcessArticleLinksTable;
}
