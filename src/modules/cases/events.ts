import { randomUUID } from 'node:crypto';
import type { Tx } from '../../platform/db/index.js';
import type { CaseEventsTable, Confidentiality } from './tables.js';

// Every change to a case file leaves an entry in its timeline, written in the
// same transaction as the change itself.

export interface TimelineEntry {
  tenantId: string;
  caseId: string;
  sectionType: string | null;
  kind: CaseEventsTable['kind'];
  subjectId: string | null;
  confidentiality?: Confidentiality;
  summary: string;
  actorLabel: string;
  at: Date;
}

export async function addTimelineEntry(tx: Tx, entry: TimelineEntry): Promise<void> {
  await tx.insertInto('case_events').values({
    tenant_id: entry.tenantId, id: randomUUID(), case_id: entry.caseId, section_type: entry.sectionType, kind: entry.kind,
    subject_id: entry.subjectId, confidentiality: entry.confidentiality ?? 'standard', summary: entry.summary.slice(0, 500),
    actor_label: entry.actorLabel, at: entry.at,
  }).execute();
}
