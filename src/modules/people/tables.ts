import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;
/** A date column: the module reads it as text (birth_date::text), never as a JS Date in local time. */
type DateColumn = ColumnType<string | Date | null, string | null | undefined, string | null>;

// Row types of the people module's tables; keep in step with migrations/0002_people.sql.
export interface PersonsTable {
  tenant_id: string;
  id: string;
  family_name: string;
  given_names: WithDefault<string>;
  created_at: Timestamp;
  sex: WithDefault<string>;
  birth_date: DateColumn;
  birth_date_precision: WithDefault<string>;
  birth_place: WithDefault<string>;
  birth_country: ColumnType<string | null, string | null | undefined, string | null>;
  nationalities: WithDefault<string[]>;
  languages: WithDefault<string[]>;
  phone: WithDefault<string>;
  email: WithDefault<string>;
  address: WithDefault<string>;
  merged_into: ColumnType<string | null, string | null | undefined, string | null>;
  root_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: WithDefault<number>;
  updated_at: Timestamp;
}

export interface PersonNamesTable {
  tenant_id: string;
  id: string;
  person_id: string;
  kind: string;
  script: string;
  family_name: WithDefault<string>;
  given_names: WithDefault<string>;
  source: WithDefault<string>;
  search_keys: string[];
  created_at: Timestamp;
}

export interface PersonNameTermsTable {
  tenant_id: string;
  del: string;
  term: string;
}

export interface PersonIdentifiersTable {
  tenant_id: string;
  id: string;
  person_id: string;
  kind: string;
  value: string;
  value_norm: string;
  issuing_country: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface PersonRelationsTable {
  tenant_id: string;
  id: string;
  person_id: string;
  related_id: string;
  kind: string;
  created_at: Timestamp;
}

export interface PersonMergesTable {
  tenant_id: string;
  id: string;
  survivor_id: string;
  merged_id: string;
  reason: string;
  merged_by: string | null;
  merged_by_label: string;
  merged_at: Timestamp;
  split_by: ColumnType<string | null, string | null | undefined, string | null>;
  split_by_label: ColumnType<string | null, string | null | undefined, string | null>;
  split_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  split_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PeopleTables {
  persons: PersonsTable;
  person_names: PersonNamesTable;
  person_name_terms: PersonNameTermsTable;
  person_identifiers: PersonIdentifiersTable;
  person_relations: PersonRelationsTable;
  person_merges: PersonMergesTable;
}
