import { createHash } from 'node:crypto';

// The hash of an audit entry covers every field plus the previous entry's
// hash, so changing, removing or inserting any row breaks the chain from
// there on. JSON details are hashed in a canonical form (sorted keys) because
// jsonb does not keep the order in which keys were written.

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  tenantId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  personId: string | null;
  purpose: string;
  details: unknown;
  prevHash: string;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
}

export function entryHash(fields: ChainedFields): string {
  const material = canonicalJson([
    fields.tenantId,
    fields.seq,
    fields.at.toISOString(),
    fields.actorId,
    fields.actorLabel,
    fields.action,
    fields.subjectType,
    fields.subjectId,
    fields.personId,
    fields.purpose,
    fields.details,
    fields.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}
