import { sql } from 'kysely';
import type { Tx } from '../db/index.js';
import { entryHash, GENESIS_HASH } from './chain.js';

export interface Actor {
  /** Staff id, or null for the system and for anonymous callers. */
  id: string | null;
  /** Display name at the time of the action, kept because names change. */
  label: string;
}

export interface AuditEvent {
  tenantId: string;
  actor: Actor;
  /** Dotted verb, e.g. "staff.invite", "auth.login_failed", "person.read". */
  action: string;
  subjectType?: string;
  subjectId?: string;
  /** The person (data subject) the action concerns, for Art. 15 look-ups. */
  personId?: string;
  /** Why: the purpose of the processing, shown to the data-protection officer. */
  purpose: string;
  details?: Record<string, unknown>;
}

/**
 * Appends an entry to the tenant's audit chain inside the caller's
 * transaction, so the entry exists exactly when the action does.
 */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
  // Locking the head row serialises writers of one tenant: the chain has no forks.
  const head = await tx
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', event.tenantId)
    .forUpdate()
    .executeTakeFirst();
  if (!head) throw new Error(`audit chain of tenant ${event.tenantId} has no head`);
  const seq = Number(head.seq) + 1;
  const at = new Date();
  const details = event.details ?? {};
  const fields = {
    tenantId: event.tenantId,
    seq,
    at,
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    action: event.action,
    subjectType: event.subjectType ?? null,
    subjectId: event.subjectId ?? null,
    personId: event.personId ?? null,
    purpose: event.purpose,
    details,
    prevHash: head.hash,
  };
  const hash = entryHash(fields);
  await tx
    .insertInto('audit_log')
    .values({
      tenant_id: fields.tenantId,
      seq,
      at,
      actor_id: fields.actorId,
      actor_label: fields.actorLabel,
      action: fields.action,
      subject_type: fields.subjectType,
      subject_id: fields.subjectId,
      person_id: fields.personId,
      purpose: fields.purpose,
      details: JSON.stringify(details),
      prev_hash: fields.prevHash,
      hash,
    })
    .execute();
  await tx.updateTable('audit_heads').set({ seq, hash }).where('tenant_id', '=', event.tenantId).execute();
}

/** Starts the chain of a new tenant. Runs as the owner when the tenant is created. */
export async function startAuditChain(tx: Tx, tenantId: string): Promise<void> {
  await sql`insert into audit_heads (tenant_id, seq, hash) values (${tenantId}, 0, ${GENESIS_HASH})`.execute(tx);
}
