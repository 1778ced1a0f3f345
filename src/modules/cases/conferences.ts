import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, assertWrite, type CaseAccess } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { assertConsentText } from './consent.js';
import { addTimelineEntry } from './events.js';
import { createTask, type TaskInput } from './tasks.js';

// Case conferences (Fallkonferenzen): units and partner counsellors on one
// case, with the person's consent. Guests read only the named sections of
// that case and only until the end date; access.ts checks the window against
// the clock on every request, so it ends by itself.

export const DEFAULT_CONFERENCE_DAYS = 14;

export interface ConferenceInput {
  title: string;
  sectionTypes: string[];
  consentTextId: string;
  unitIds: string[];
  partnerStaffIds: string[];
  endsAt?: string | undefined;
}

export async function createConference(tx: Tx, auth: RequestAuth, access: CaseAccess, input: ConferenceInput, now: Date) {
  // Only what the caller's units work in can be shared.
  for (const sectionType of input.sectionTypes) assertWrite(access, sectionType);
  const consent = await assertConsentText(tx, input.consentTextId);
  const endsAt = input.endsAt ? new Date(input.endsAt) : new Date(now.getTime() + DEFAULT_CONFERENCE_DAYS * 86_400_000);
  if (Number.isNaN(endsAt.getTime()) || endsAt <= now) throw new AppError('CASE_DATE_INVALID', 'endsAt', { field: 'endsAt' });
  if (input.unitIds.length > 0) {
    const units = await tx.selectFrom('units').select('id').where('id', 'in', input.unitIds).execute();
    if (units.length !== input.unitIds.length) throw new AppError('CONFERENCE_PARTICIPANT_INVALID', 'unknown unit');
  }
  if (input.partnerStaffIds.length > 0) {
    const partners = await tx.selectFrom('staff').select(['id', 'roles', 'partner_organisation_id', 'status']).where('id', 'in', input.partnerStaffIds).execute();
    const valid = partners.filter((p) => p.roles.includes('partner_counsellor') && p.partner_organisation_id !== null && p.status === 'active');
    if (valid.length !== input.partnerStaffIds.length) throw new AppError('CONFERENCE_PARTICIPANT_INVALID', 'not a partner counsellor');
  }
  if (input.unitIds.length + input.partnerStaffIds.length === 0) throw new AppError('CONFERENCE_PARTICIPANT_INVALID', 'nobody invited');
  const id = randomUUID();
  await tx.insertInto('case_conferences').values({
    tenant_id: auth.tenantId, id, case_id: access.caseRow.id, title: input.title.normalize('NFC').trim(), section_types: input.sectionTypes,
    consent_text_id: consent.id, starts_at: now, ends_at: endsAt, created_by: auth.staffId, created_at: now,
  }).execute();
  await tx.insertInto('case_conference_participants').values([
    ...input.unitIds.map((unitId) => ({ tenant_id: auth.tenantId, conference_id: id, unit_id: unitId, staff_id: null })),
    ...input.partnerStaffIds.map((staffId) => ({ tenant_id: auth.tenantId, conference_id: id, unit_id: null, staff_id: staffId })),
  ]).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: access.caseRow.id, sectionType: null, kind: 'conference', subjectId: id, summary: `Fallkonferenz „${input.title.trim()}“ bis ${endsAt.toISOString().slice(0, 10)} (Einwilligung ${consent.purpose} v${consent.version})`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.conference_create', subjectType: 'case_conference', subjectId: id, personId: access.caseRow.person_id, purpose: consent.purpose, details: { sectionTypes: input.sectionTypes, unitIds: input.unitIds, partnerStaffIds: input.partnerStaffIds, endsAt: endsAt.toISOString(), consentTextId: consent.id } });
  return id;
}

export async function loadConference(tx: Tx, id: string) {
  const row = await tx.selectFrom('case_conferences').select(['id', 'case_id', 'title', 'section_types', 'consent_text_id', 'starts_at', 'ends_at', 'minutes', 'created_by']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `conference ${id}`);
  const participants = await tx.selectFrom('case_conference_participants as p').leftJoin('units as u', 'u.id', 'p.unit_id').leftJoin('staff as s', 's.id', 'p.staff_id')
    .select(['p.unit_id', 'p.staff_id', 'u.name as unit_name', 's.display_name']).where('p.conference_id', '=', id).execute();
  return { ...row, participants };
}

type Conference = Awaited<ReturnType<typeof loadConference>>;

/** Participants while it runs, and the staff of the house who read one of its sections. */
export function assertConferenceMember(auth: RequestAuth, conference: Conference, access: CaseAccess, now: Date, forWriting: boolean): void {
  const invited = conference.created_by === auth.staffId
    || conference.participants.some((p) => p.staff_id === auth.staffId || (p.unit_id !== null && auth.unitIds.includes(p.unit_id)));
  const running = now < conference.ends_at;
  if (invited && running) return;
  const reader = access.house && conference.section_types.some((type) => access.rights.has(type));
  if (!invited && !reader) throw new AppError('NOT_FOUND', `conference ${conference.id}`);
  if (!running && !access.house) throw new AppError('NOT_FOUND', `conference ${conference.id} has ended`);
  if (forWriting && !running) throw new AppError('CONFERENCE_ENDED');
  if (forWriting && !invited) throw new AppError('CASE_NOT_A_MEMBER', `conference ${conference.id}`);
}

export function presentConference(conference: Conference, now: Date) {
  return {
    id: conference.id, caseId: conference.case_id, title: conference.title, sectionTypes: conference.section_types, consentTextId: conference.consent_text_id,
    startsAt: conference.starts_at.toISOString(), endsAt: conference.ends_at.toISOString(), active: now < conference.ends_at, minutes: conference.minutes,
    participants: conference.participants.map((p) => ({ unitId: p.unit_id, staffId: p.staff_id, name: p.unit_name ?? p.display_name ?? '' })),
  };
}

export async function listConferences(tx: Tx, caseId: string) {
  return tx.selectFrom('case_conferences').select('id').where('case_id', '=', caseId).orderBy('created_at', 'desc').execute();
}

export async function writeMinutes(tx: Tx, auth: RequestAuth, conference: Conference, personId: string, minutes: string, now: Date) {
  await tx.updateTable('case_conferences').set({ minutes: minutes.normalize('NFC') }).where('id', '=', conference.id).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: conference.case_id, sectionType: null, kind: 'conference', subjectId: conference.id, summary: `Protokoll der Fallkonferenz „${conference.title}“ aktualisiert`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.conference_minutes', subjectType: 'case_conference', subjectId: conference.id, personId, purpose: DEFAULT_PURPOSE });
}

/** An agreed action of the conference becomes a task of the case. */
export async function addAgreedAction(tx: Tx, auth: RequestAuth, conference: Conference, personId: string, input: TaskInput, now: Date) {
  const id = await createTask(tx, auth, conference.case_id, { ...input, sectionType: null }, now, conference.id);
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.conference_action', subjectType: 'case_task', subjectId: id, personId, purpose: DEFAULT_PURPOSE, details: { conferenceId: conference.id } });
  return id;
}
