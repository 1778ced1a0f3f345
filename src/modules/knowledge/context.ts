import { sql } from 'kysely';
import type { Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';

/** Who acts, for which tenant: what every writing domain function needs (no HTTP). */
export interface KnowledgeContext {
  tenantId: string;
  actor: Actor;
}

export const KNOWLEDGE_PURPOSE = 'Wissensbasis der Behörde';
export const ONBOARDING_PURPOSE = 'Einarbeitung neuer Mitarbeitender';

/** A date column as YYYY-MM-DD text, whatever the driver would make of a date. */
export const dayText = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
export const nullableDayText = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

/** Ids that must exist in the tenant (row-level security hides other tenants' rows). */
export async function assertKnown(tx: Tx, table: 'units' | 'staff' | 'concerns' | 'processes' | 'knowledge_articles', ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where id = any(${unique}::uuid[])`.execute(tx);
  if ((found.rows[0]?.n ?? 0) !== unique.length) throw new AppError('KNOWLEDGE_UNKNOWN_REFERENCE', `${table}: ${unique.join(', ')}`);
}

/** PostgreSQL's answer when the exclusion constraint on validity periods fires. */
export function isExclusionViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23P01';
}
