import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, assertRead, assertVisible, resolveCaseAccess, type CaseAccess, type CaseRow } from './access.js';
import { addTimelineEntry } from './events.js';
import { assertSectionType, loadSettings } from './settings.js';

// Opening and creating the case file of a person, and its timeline.

export const DEFAULT_PURPOSE = 'Fallbearbeitung';
export const TIMELINE_PAGE = 50;

async function loadPerson(tx: Tx, personId: string) {
  const person = await tx.selectFrom('persons').select(['id', 'family_name', 'given_names', 'root_id']).where('id', '=', personId).executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', `person ${personId}`);
  return person;
}

export async function createCase(tx: Tx, auth: RequestAuth, personId: string, sections: Array<{ sectionType: string; ownerUnitId?: string | undefined }>, now: Date) {
  const person = await loadPerson(tx, personId);
  // A merged record stands for the same human as its survivor: a new file belongs there.
  if (person.root_id) throw new AppError('CASE_PERSON_MERGED', personId, { personId: person.root_id });
  const existing = await tx.selectFrom('cases').select('id').where('person_id', '=', personId).executeTakeFirst();
  if (existing) throw new AppError('CASE_EXISTS', personId, { caseId: existing.id });
  const settings = await loadSettings(tx);
  const id = randomUUID();
  await tx.insertInto('cases').values({ tenant_id: auth.tenantId, id, person_id: personId, created_by: auth.staffId, created_at: now }).execute();
  for (const section of sections) await addSection(tx, auth, { id, person_id: personId, status: 'open' }, section, now, settings);
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.create', subjectType: 'case', subjectId: id, personId, purpose: DEFAULT_PURPOSE, details: { sections: sections.map((s) => s.sectionType) } });
  return id;
}

export async function addSection(tx: Tx, auth: RequestAuth, caseRow: CaseRow, input: { sectionType: string; ownerUnitId?: string | undefined }, now: Date, settings?: Awaited<ReturnType<typeof loadSettings>>) {
  const type = assertSectionType(settings ?? (await loadSettings(tx)), input.sectionType);
  let ownerUnitId = input.ownerUnitId ?? null;
  if (ownerUnitId) {
    const unit = await tx.selectFrom('units').select('id').where('id', '=', ownerUnitId).executeTakeFirst();
    if (!unit) throw new AppError('UNKNOWN_UNIT', ownerUnitId);
  } else {
    // The caller's own unit of the owning type, when there is one.
    const own = auth.unitIds.length === 0 ? undefined : await tx.selectFrom('units').select('id').where('id', 'in', auth.unitIds).where('type', '=', type.ownerUnitType).executeTakeFirst();
    ownerUnitId = own?.id ?? null;
  }
  const clash = await tx.selectFrom('case_sections').select('section_type').where('case_id', '=', caseRow.id).where('section_type', '=', type.key).executeTakeFirst();
  if (clash) throw new AppError('CASE_SECTION_EXISTS', type.key);
  await tx.insertInto('case_sections').values({ tenant_id: auth.tenantId, case_id: caseRow.id, section_type: type.key, owner_unit_id: ownerUnitId, opened_at: now }).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: caseRow.id, sectionType: type.key, kind: 'status', subjectId: null, summary: `Bereich „${type.label}“ eröffnet`, actorLabel: auth.displayName, at: now });
}

export async function setSectionStatus(tx: Tx, auth: RequestAuth, access: CaseAccess, sectionType: string, status: 'active' | 'dormant' | 'closed', now: Date) {
  const updated = await tx.updateTable('case_sections').set({ status }).where('case_id', '=', access.caseRow.id).where('section_type', '=', sectionType).returning('section_type').executeTakeFirst();
  if (!updated) throw new AppError('NOT_FOUND', `section ${sectionType}`);
  const label = access.settings.sectionTypes.find((type) => type.key === sectionType)?.label ?? sectionType;
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: access.caseRow.id, sectionType, kind: 'status', subjectId: null, summary: `Bereich „${label}“: Status ${status}`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.section_status', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { sectionType, status } });
}

export interface TimelineQuery {
  sectionType?: string | undefined;
  before?: string | undefined;
  limit?: number | undefined;
}

/** One page of the timeline, newest first, holding only what the caller may read. */
export async function readTimeline(tx: Tx, access: CaseAccess, query: TimelineQuery) {
  const readable = [...access.rights.keys()];
  const confidential = readable.filter((key) => { const r = access.rights.get(key); return r && (r.write || r.via.some((s) => s !== 'matrix')); });
  const special = readable.filter((key) => access.rights.get(key)?.special);
  const limit = Math.min(query.limit ?? TIMELINE_PAGE, 200);
  // No section key looks like this, so an empty list matches nothing.
  const none = ['-'];
  let select = tx.selectFrom('case_events')
    .select(['id', 'section_type', 'kind', 'subject_id', 'confidentiality', 'summary', 'actor_label', 'at'])
    .where('case_id', '=', access.caseRow.id)
    .where((eb) => eb.or([
      ...(access.house ? [eb('section_type', 'is', null)] : []),
      eb.and([eb('section_type', 'in', readable.length ? readable : none), eb('confidentiality', '=', 'standard')]),
      eb.and([eb('section_type', 'in', confidential.length ? confidential : none), eb('confidentiality', '=', 'confidential')]),
      eb.and([eb('section_type', 'in', special.length ? special : none), eb('confidentiality', '=', 'special_category')]),
    ]));
  if (query.sectionType) select = select.where('section_type', '=', query.sectionType);
  if (query.before) {
    const [at, id] = decodeCursor(query.before);
    select = select.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await select.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id, sectionType: row.section_type, kind: row.kind, subjectId: row.subject_id, confidentiality: row.confidentiality,
      summary: row.summary, actorLabel: row.actor_label, at: row.at.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.at, last.id) : null,
  };
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): [Date, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('VALIDATION_FAILED', 'cursor', { issues: [{ where: 'before', problem: 'invalid cursor' }] });
  return [date, id];
}

/** The case file as a caller opens it: person, visible sections, first timeline page. Audited. */
export async function openCase(tx: Tx, auth: RequestAuth, personId: string, purpose: string, now: Date, timeline: TimelineQuery) {
  // Person, case and its sections in one round trip: opening a file is the most frequent read.
  const head = (await sql<{
    id: string; family_name: string; given_names: string; case_id: string | null; status: 'open' | 'closed' | null;
    sections: Array<{ section_type: string; status: string; owner_unit_id: string | null; owner_unit_name: string | null }>;
    merged_into: MergeLink | null; merged_records: MergeLink[];
  }>`
    select p.id, p.family_name, p.given_names, c.id as case_id, c.status,
      coalesce((select json_agg(json_build_object('section_type', s.section_type, 'status', s.status, 'owner_unit_id', s.owner_unit_id, 'owner_unit_name', u.name))
                from case_sections s left join units u on u.id = s.owner_unit_id where s.case_id = c.id), '[]'::json) as sections,
      (select json_build_object('personId', r.id, 'familyName', r.family_name, 'givenNames', r.given_names, 'caseId', rc.id)
         from persons r left join cases rc on rc.person_id = r.id where r.id = p.root_id) as merged_into,
      coalesce((select json_agg(json_build_object('personId', m.id, 'familyName', m.family_name, 'givenNames', m.given_names, 'caseId', mc.id) order by m.family_name, m.id)
                from persons m left join cases mc on mc.person_id = m.id where m.root_id = p.id), '[]'::json) as merged_records
    from persons p left join cases c on c.person_id = p.id
    where p.id = ${personId}`.execute(tx)).rows[0];
  if (!head) throw new AppError('NOT_FOUND', `person ${personId}`);
  const personView = { id: head.id, familyName: head.family_name, givenNames: head.given_names };
  // After a merge both files stay as they were (a split needs nothing undone);
  // each names the other, so staff see both histories.
  const merge = { mergedInto: head.merged_into, mergedRecords: head.merged_records };
  if (!head.case_id || !head.status) {
    if (auth.roles.includes('partner_counsellor') && !auth.roles.some((r) => r === 'case_worker' || r === 'unit_lead')) throw new AppError('NOT_FOUND', 'no case');
    await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.read', subjectType: 'person', subjectId: personId, personId, purpose, details: { exists: false } });
    return { person: personView, case: null, sections: [], restrictedSections: [], timeline: { items: [], nextCursor: null }, merge };
  }
  const caseRow = { id: head.case_id, person_id: head.id, status: head.status };
  const access = await resolveCaseAccess(tx, auth, caseRow, now);
  assertVisible(auth, access);
  const sectionRows = head.sections;
  const labels = new Map(access.settings.sectionTypes.map((type) => [type.key, type]));
  const order = (key: string) => labels.get(key)?.position ?? 999;
  const sorted = sectionRows.sort((a, b) => order(a.section_type) - order(b.section_type));
  const visible = sorted.filter((row) => access.rights.has(row.section_type));
  const sections = visible.map((row) => {
    const right = access.rights.get(row.section_type);
    return {
      type: row.section_type, label: labels.get(row.section_type)?.label ?? row.section_type, status: row.status,
      ownerUnitId: row.owner_unit_id, ownerUnitName: row.owner_unit_name, write: right?.write ?? false, special: right?.special ?? false, via: right?.via ?? [],
    };
  });
  const restrictedSections = sorted.filter((row) => !access.rights.has(row.section_type))
    .map((row) => ({ type: row.section_type, label: labels.get(row.section_type)?.label ?? row.section_type }));
  if (timeline.sectionType) assertRead(access, timeline.sectionType);
  const page = await readTimeline(tx, access, timeline);
  await recordAudit(tx, {
    tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.read', subjectType: 'case', subjectId: caseRow.id, personId, purpose,
    details: { sections: sections.map((s) => s.type), via: [...new Set(sections.flatMap((s) => s.via))], filter: timeline.sectionType ?? null },
  });
  return {
    person: personView,
    case: { id: caseRow.id, status: caseRow.status },
    sections,
    // Staff of the house learn which sections exist, so they can ask for consent; conference guests do not.
    restrictedSections: access.house || auth.unitIds.length > 0 ? restrictedSections : [],
    timeline: page,
    // Conference guests see only the one file they were invited to.
    merge: access.house ? merge : { mergedInto: null, mergedRecords: [] },
  };
}

/** A record on the other side of a person merge, and its case file if it has one. */
interface MergeLink {
  personId: string;
  familyName: string;
  givenNames: string;
  caseId: string | null;
}
