import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, assertRead, assertWrite, type CaseAccess } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { addTimelineEntry } from './events.js';
import { mayReadEntry } from './rights.js';
import type { Confidentiality } from './tables.js';

// Notes in a section, each with a confidentiality class that decides who of
// the section's readers sees it (see rights.ts).

export async function addNote(tx: Tx, auth: RequestAuth, access: CaseAccess, input: { sectionType: string; confidentiality: Confidentiality; body: string }, now: Date) {
  assertWrite(access, input.sectionType);
  const id = randomUUID();
  const body = input.body.normalize('NFC');
  await tx.insertInto('case_notes').values({
    tenant_id: auth.tenantId, id, case_id: access.caseRow.id, section_type: input.sectionType, confidentiality: input.confidentiality,
    body, author_id: auth.staffId, author_label: auth.displayName, created_at: now,
  }).execute();
  await addTimelineEntry(tx, {
    tenantId: auth.tenantId, caseId: access.caseRow.id, sectionType: input.sectionType, kind: 'note', subjectId: id,
    confidentiality: input.confidentiality, summary: body.slice(0, 200), actorLabel: auth.displayName, at: now,
  });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.note_add', subjectType: 'case_note', subjectId: id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { sectionType: input.sectionType, confidentiality: input.confidentiality } });
  return { id, sectionType: input.sectionType, confidentiality: input.confidentiality, body, authorLabel: auth.displayName, createdAt: now.toISOString() };
}

/** Notes of one section, or of every section the caller reads when none is named. */
export async function listNotes(tx: Tx, auth: RequestAuth, access: CaseAccess, sectionType: string | undefined, purpose: string) {
  if (sectionType) assertRead(access, sectionType);
  const sections = sectionType ? [sectionType] : [...access.rights.keys()];
  const rows = await tx.selectFrom('case_notes').select(['id', 'section_type', 'confidentiality', 'body', 'author_label', 'created_at'])
    .where('case_id', '=', access.caseRow.id).where('section_type', 'in', sections.length ? sections : ['-']).orderBy('created_at', 'desc').limit(200).execute();
  const items = rows.filter((row) => mayReadEntry(access.rights, row.section_type, row.confidentiality));
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.notes_read', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose, details: { sectionType: sectionType ?? null, count: items.length } });
  return items.map((row) => ({ id: row.id, sectionType: row.section_type, confidentiality: row.confidentiality, body: row.body, authorLabel: row.author_label, createdAt: row.created_at.toISOString() }));
}
