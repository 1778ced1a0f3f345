import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, type CaseRow } from './access.js';
import { addTimelineEntry } from './events.js';

// Emergency ("break-glass") access: one staff member reads all sections of
// one case for a short while. It needs a reason, is audited, shows in the
// timeline and waits in the data-protection officer's list until reviewed.

export const BREAK_GLASS_MINUTES = 60;

export async function breakGlass(tx: Tx, auth: RequestAuth, caseRow: CaseRow, reason: string, now: Date) {
  const text = reason.normalize('NFC').trim();
  if (text.length < 10) throw new AppError('BREAK_GLASS_REASON_REQUIRED');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_MINUTES * 60_000);
  await tx.insertInto('case_break_glass').values({
    tenant_id: auth.tenantId, id, case_id: caseRow.id, person_id: caseRow.person_id, staff_id: auth.staffId, staff_label: auth.displayName,
    reason: text, started_at: now, expires_at: expiresAt,
  }).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: caseRow.id, sectionType: null, kind: 'status', subjectId: id, summary: `Notfallzugriff bis ${expiresAt.toISOString()} – Grund: ${text}`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.break_glass', subjectType: 'case', subjectId: caseRow.id, personId: caseRow.person_id, purpose: 'Notfallzugriff', details: { reason: text, expiresAt: expiresAt.toISOString(), flaggedForDpo: true } });
  return { id, expiresAt: expiresAt.toISOString() };
}

export async function listBreakGlass(tx: Tx, auth: RequestAuth, onlyUnreviewed: boolean) {
  let query = tx.selectFrom('case_break_glass').select(['id', 'case_id', 'person_id', 'staff_id', 'staff_label', 'reason', 'started_at', 'expires_at', 'reviewed_at']).orderBy('started_at', 'desc').limit(500);
  if (onlyUnreviewed) query = query.where('reviewed_at', 'is', null);
  const rows = await query.execute();
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.break_glass_list', subjectType: 'case_break_glass', purpose: 'Datenschutzkontrolle', details: { count: rows.length } });
  return rows.map((row) => ({
    id: row.id, caseId: row.case_id, personId: row.person_id, staffId: row.staff_id, staffLabel: row.staff_label, reason: row.reason,
    startedAt: row.started_at.toISOString(), expiresAt: row.expires_at.toISOString(), reviewedAt: row.reviewed_at?.toISOString() ?? null,
  }));
}

export async function reviewBreakGlass(tx: Tx, auth: RequestAuth, id: string, now: Date) {
  const row = await tx.updateTable('case_break_glass').set({ reviewed_at: now, reviewed_by: auth.staffId }).where('id', '=', id).where('reviewed_at', 'is', null).returning(['id', 'person_id']).executeTakeFirst();
  if (!row) {
    const exists = await tx.selectFrom('case_break_glass').select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) throw new AppError('NOT_FOUND', `break-glass ${id}`);
    return;
  }
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.break_glass_review', subjectType: 'case_break_glass', subjectId: id, personId: row.person_id, purpose: 'Datenschutzkontrolle' });
}
