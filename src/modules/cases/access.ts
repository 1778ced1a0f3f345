import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { defaultMatrix, defaultSectionTypes } from './defaults.js';
import { assertSectionType, type CaseSettings } from './settings.js';
import { computeRights, type SectionRight } from './rights.js';

// Need-to-know for one caller on one case, evaluated on every request
// against the clock: revoked consent, an ended conference or an expired
// emergency access stop working on the very next request.

export interface CaseRow {
  id: string;
  person_id: string;
  status: 'open' | 'closed';
}

export interface CaseAccess {
  caseRow: CaseRow;
  settings: CaseSettings;
  rights: Map<string, SectionRight>;
  /** Staff of the house (matrix, grant or emergency access), not only a conference guest. */
  house: boolean;
  unitTypes: Map<string, string>;
}

export async function loadCaseById(tx: Tx, caseId: string): Promise<CaseRow> {
  const row = await tx.selectFrom('cases').select(['id', 'person_id', 'status']).where('id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `case ${caseId}`);
  return row;
}

interface AccessFactsRow {
  units: Array<{ id: string; type: string }>;
  grants: Array<{ s: string; a: 'read' | 'write' }>;
  conferences: string[][];
  break_glass: boolean;
  section_types: Array<{ key: string; label: string; ownerUnitType: string; position: number }>;
  matrix: Array<{ unitType: string; sectionType: string; access: 'none' | 'read' | 'write'; specialCategory: boolean }>;
}

/**
 * Everything need-to-know depends on, in one round trip: it runs on every
 * request that touches a case, so it is one statement rather than six.
 */
export async function resolveCaseAccess(tx: Tx, auth: RequestAuth, caseRow: CaseRow, now: Date): Promise<CaseAccess> {
  const unitIds = sql.join((auth.unitIds.length > 0 ? auth.unitIds : ['00000000-0000-0000-0000-000000000000']).map((id) => sql`${id}::uuid`));
  const result = await sql<AccessFactsRow>`
    select
      coalesce((select json_agg(json_build_object('id', u.id, 'type', u.type)) from units u where u.id in (${unitIds}) and u.active), '[]'::json) as units,
      coalesce((select json_agg(json_build_object('s', g.section_type, 'a', g.access)) from case_access_grants g
                where g.case_id = ${caseRow.id} and g.unit_id in (${unitIds}) and g.revoked_at is null), '[]'::json) as grants,
      coalesce((select json_agg(c.section_types) from case_conferences c join case_conference_participants p on p.conference_id = c.id
                where c.case_id = ${caseRow.id} and c.starts_at <= ${now} and c.ends_at > ${now}
                  and (p.staff_id = ${auth.staffId} or p.unit_id in (${unitIds}))), '[]'::json) as conferences,
      exists (select 1 from case_break_glass b where b.case_id = ${caseRow.id} and b.staff_id = ${auth.staffId} and b.expires_at > ${now}) as break_glass,
      coalesce((select json_agg(json_build_object('key', t.key, 'label', t.label, 'ownerUnitType', t.owner_unit_type, 'position', t.position) order by t.position, t.key)
                from case_section_types t), '[]'::json) as section_types,
      coalesce((select json_agg(json_build_object('unitType', m.unit_type, 'sectionType', m.section_type, 'access', m.access, 'specialCategory', m.special_category))
                from case_access_matrix m), '[]'::json) as matrix
  `.execute(tx);
  const facts = result.rows[0] as AccessFactsRow;
  const settings: CaseSettings = facts.section_types.length === 0
    ? { sectionTypes: [...defaultSectionTypes], matrix: [...defaultMatrix], custom: false }
    : { sectionTypes: facts.section_types, matrix: facts.matrix, custom: true };
  const unitTypes = new Map(facts.units.map((unit) => [unit.id, unit.type]));
  const rights = computeRights({
    unitTypes: [...unitTypes.values()],
    matrix: settings.matrix,
    sectionTypes: settings.sectionTypes.map((type) => type.key),
    grants: facts.grants.map((grant) => ({ sectionType: grant.s, access: grant.a })),
    conferenceSections: facts.conferences.flat(),
    breakGlass: facts.break_glass,
  });
  const house = [...rights.values()].some((right) => right.via.some((source) => source !== 'conference'));
  return { caseRow, settings, rights, house, unitTypes };
}

/**
 * Callers who see nothing of a case: partner counsellors outside a running
 * conference must not even learn that the case exists ("never a browse").
 */
export function assertVisible(auth: RequestAuth, access: CaseAccess): void {
  if (access.rights.size === 0 && auth.roles.includes('partner_counsellor') && !auth.roles.some((role) => role === 'case_worker' || role === 'unit_lead')) {
    throw new AppError('NOT_FOUND', `case ${access.caseRow.id} outside any conference`);
  }
}

export function assertRead(access: CaseAccess, sectionType: string): SectionRight {
  assertSectionType(access.settings, sectionType);
  const right = access.rights.get(sectionType);
  if (!right) throw new AppError('CASE_SECTION_FORBIDDEN', `read ${sectionType}`, { sectionType });
  return right;
}

export function assertWrite(access: CaseAccess, sectionType: string): SectionRight {
  assertSectionType(access.settings, sectionType);
  const right = access.rights.get(sectionType);
  if (!right?.write) throw new AppError('CASE_SECTION_FORBIDDEN', `write ${sectionType}`, { sectionType });
  return right;
}

export function readableSections(access: CaseAccess): string[] {
  return [...access.rights.keys()];
}

export const actorOf = (auth: RequestAuth) => ({ id: auth.staffId, label: auth.displayName });
