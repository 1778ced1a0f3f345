import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

// Row types of the concern catalogue and locations; keep in step with migrations/0004_services.sql.
export interface ConcernsTable {
  tenant_id: string;
  id: string;
  title: string;
  responsible_unit_id: string | null;
  created_at: Timestamp;
  leika_key: ColumnType<string | null, string | null | undefined, string | null>;
  channel: ColumnType<string, string | undefined, string>;
  duration_minutes: ColumnType<number | null, number | null | undefined, number | null>;
  content: Json<unknown>;
  forms: Json<unknown>;
  active: Generated<boolean>;
  updated_at: Timestamp;
}

export interface LocationsTable {
  tenant_id: string;
  id: string;
  name: string;
  address: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
}

export interface ConcernLocationsTable {
  tenant_id: string;
  concern_id: string;
  location_id: string;
}

export interface FinderTreesTable {
  tenant_id: string;
  tree: Json<unknown>;
  updated_at: Timestamp;
}

export interface PublicRateLimitsTable {
  key: string;
  window_started_at: Timestamp;
  hits: number;
}

export interface ServicesTables {
  concerns: ConcernsTable;
  locations: LocationsTable;
  concern_locations: ConcernLocationsTable;
  finder_trees: FinderTreesTable;
  public_rate_limits: PublicRateLimitsTable;
}
