import { sql } from 'kysely';
import type { Tx } from '../db/index.js';
import { GENESIS_HASH, materialAround } from './chain.js';

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
 *
 * One statement: lock the head, advance it, and insert the entry with the
 * hash computed by the database from the locked head. The head's lock
 * serialises the tenant's writers (the chain has no forks) and is held until
 * the caller commits, so the fewer round trips from here to the commit, the
 * more writers a tenant can have; three statements took three.
 */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
  const at = new Date();
  const details = event.details ?? {};
  const content = {
    tenantId: event.tenantId, at, actorId: event.actor.id, actorLabel: event.actor.label, action: event.action,
    subjectType: event.subjectType ?? null, subjectId: event.subjectId ?? null, personId: event.personId ?? null, purpose: event.purpose, details,
  };
  const material = materialAround(content);
  // The same material as entryHash in chain.ts: seq and the previous hash are filled in from the locked head.
  const appended = await sql<{ seq: string }>`
    with head as (
      select seq, hash from audit_heads where tenant_id = ${event.tenantId} for update
    ), advanced as (
      update audit_heads h
      set seq = head.seq + 1,
          hash = encode(sha256(convert_to(${material.beforeSeq} || (head.seq + 1)::text || ${material.beforePrevHash} || head.hash || ${material.end}, 'UTF8')), 'hex')
      from head
      where h.tenant_id = ${event.tenantId}
      returning h.seq, h.hash, head.hash as prev_hash
    )
    insert into audit_log (tenant_id, seq, at, actor_id, actor_label, action, subject_type, subject_id, person_id, purpose, details, prev_hash, hash)
    select ${content.tenantId}, advanced.seq, ${at}, ${content.actorId}, ${content.actorLabel}, ${content.action}, ${content.subjectType},
      ${content.subjectId}, ${content.personId}, ${content.purpose}, ${JSON.stringify(details)}::jsonb, advanced.prev_hash, advanced.hash
    from advanced
    returning seq`.execute(tx);
  if (appended.rows.length === 0) throw new Error(`audit chain of tenant ${event.tenantId} has no head`);
}

/** Starts the chain of a new tenant. Runs as the owner when the tenant is created. */
export async function startAuditChain(tx: Tx, tenantId: string): Promise<void> {
  await sql`insert into audit_heads (tenant_id, seq, hash) values (${tenantId}, 0, ${GENESIS_HASH})`.execute(tx);
}
