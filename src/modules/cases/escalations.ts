import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock.js';
import { withSystem, withTenant, type Database, type Tx } from '../../platform/db/index.js';
import type { Job } from '../../platform/jobs.js';
import { localDay } from './dates.js';
import { addTimelineEntry } from './events.js';

// Escalation of overdue referrals to the receiving unit's lead. A background
// job of the running server (and `lotse referrals escalate`) does it, so it
// happens when the due day has passed, whether anybody looks or not, and
// `escalated_at` says when. The lead's list only reads.

/** How often the running server looks for referrals that became overdue. */
export const ESCALATION_EVERY_MS = 15 * 60_000;

export const ESCALATION_PURPOSE = 'Leitung: überfällige Weiterleitungen';
const ESCALATION_ACTOR = { id: null, label: 'Eskalation überfälliger Weiterleitungen' };

const NOT_DONE = ['open', 'accepted'] as const;

/**
 * Escalates the tenant's referrals that are not done and whose due day lies
 * before today (local German day of `now`), once each: the UPDATE claims
 * them, so of several processes running this at once only one escalates a
 * referral (the others' UPDATE finds `escalated_at` set and skips the row).
 * Timeline entry and audit record are written in the same transaction.
 */
export async function escalateOverdueInTenant(tx: Tx, tenantId: string, now: Date): Promise<number> {
  const claimed = await tx.updateTable('referrals').set({ escalated_at: now })
    .where('state', 'in', [...NOT_DONE]).where('escalated_at', 'is', null).where('due_date', '<', localDay(now))
    .returning('id').execute();
  if (claimed.length === 0) return 0;
  const rows = await tx.selectFrom('referrals as r').innerJoin('cases as c', 'c.id', 'r.case_id').innerJoin('units as u', 'u.id', 'r.to_unit_id')
    .select(['r.id', 'r.case_id', 'r.to_unit_id', 'c.person_id', 'u.name', sql<string>`r.due_date::text`.as('due')])
    .where('r.id', 'in', claimed.map((row) => row.id)).orderBy('r.due_date').orderBy('r.id').execute();
  for (const row of rows) {
    await addTimelineEntry(tx, { tenantId, caseId: row.case_id, sectionType: null, kind: 'referral', subjectId: row.id, summary: `Weiterleitung an ${row.name} überfällig (fällig ${row.due}) – an die Leitung eskaliert`, actorLabel: 'System', at: now });
    await recordAudit(tx, {
      tenantId, actor: ESCALATION_ACTOR, action: 'case.referral_escalate', subjectType: 'referral', subjectId: row.id, personId: row.person_id,
      purpose: ESCALATION_PURPOSE, details: { toUnitId: row.to_unit_id, dueDate: row.due },
    });
  }
  return rows.length;
}

/** Escalates overdue referrals of every tenant (or of one), one transaction per tenant. */
export async function escalateOverdueReferrals(db: Database, now: Date, options: { tenantId?: string } = {}): Promise<{ escalated: number }> {
  // Finding the tenants with work runs as the owner, like the other operator jobs; the work itself runs per tenant under row-level security.
  const tenants = await withSystem(db, (tx) => {
    let query = tx.selectFrom('referrals').select('tenant_id').distinct()
      .where('state', 'in', [...NOT_DONE]).where('escalated_at', 'is', null).where('due_date', '<', localDay(now));
    if (options.tenantId) query = query.where('tenant_id', '=', options.tenantId);
    return query.execute();
  });
  let escalated = 0;
  for (const { tenant_id: tenantId } of tenants) escalated += await withTenant(db, tenantId, (tx) => escalateOverdueInTenant(tx, tenantId, now));
  return { escalated };
}

/**
 * The background job of the running server. Tests pass a ManualClock, a short
 * interval and their own tenant (on a shared database the other files'
 * referrals are not theirs to escalate).
 */
export function referralEscalationJob(db: Database, clock: Clock, options: { everyMs?: number; tenantId?: string } = {}): Job {
  const scope = options.tenantId ? { tenantId: options.tenantId } : {};
  return { name: 'referral-escalations', everyMs: options.everyMs ?? ESCALATION_EVERY_MS, run: () => escalateOverdueReferrals(db, clock.now(), scope) };
}
