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

export type EntryContent = Omit<ChainedFields, 'seq' | 'prevHash'>;

/**
 * The hashed material of an entry around its two chain fields: material =
 * beforeSeq + seq + beforePrevHash + prevHash + end. The database appends an
 * entry in one statement and knows seq and prevHash only there, under the
 * head's lock; it fills them in between these parts (see record.ts).
 */
export function materialAround(content: EntryContent): { beforeSeq: string; beforePrevHash: string; end: string } {
  const middle = [
    content.at.toISOString(), content.actorId, content.actorLabel, content.action, content.subjectType, content.subjectId, content.personId, content.purpose, content.details,
  ].map(canonicalJson);
  // A hash is hex, so its JSON string is the hash in quotes.
  return { beforeSeq: `[${canonicalJson(content.tenantId)},`, beforePrevHash: `,${middle.join(',')},"`, end: '"]' };
}

/** The entry's hash: SHA-256 of the canonical JSON array of all its fields, the previous hash last. */
export function entryHash(fields: ChainedFields): string {
  const parts = materialAround(fields);
  return createHash('sha256').update(`${parts.beforeSeq}${fields.seq}${parts.beforePrevHash}${fields.prevHash}${parts.end}`).digest('hex');
}

/** The material as first defined: the canonical JSON array itself. Kept for the test that both agree. */
export function entryMaterial(fields: ChainedFields): string {
  return canonicalJson([
    fields.tenantId, fields.seq, fields.at.toISOString(), fields.actorId, fields.actorLabel, fields.action,
    fields.subjectType, fields.subjectId, fields.personId, fields.purpose, fields.details, fields.prevHash,
  ]);
}
