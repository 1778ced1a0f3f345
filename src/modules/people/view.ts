import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { birthDateOf, loadPersonRow, type PersonRow } from './store.js';

// The person page's data: the record with everything of the records merged
// into it (each item says which record it came from), the household built
// from family links, the merges, and the history of changes.

export type HouseholdRelation = 'spouse' | 'child' | 'parent' | 'sibling' | 'grandchild' | 'grandparent' | 'child_of_spouse' | 'relative';

interface Link {
  id: string;
  from: string;
  to: string;
  kind: 'parent' | 'spouse';
}

/** The records that form one person: the root and every record merged into it. */
export async function recordIds(tx: Tx, rootId: string): Promise<string[]> {
  const rows = await tx.selectFrom('persons').select('id').where('root_id', '=', rootId).execute();
  return [rootId, ...rows.map((row) => row.id)];
}

/** Resolves record ids to the record that stands for them now. */
async function rootsOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.selectFrom('persons').select(['id', sql<string>`coalesce(root_id, id)`.as('root')]).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.root]));
}

async function linksAround(tx: Tx, ids: string[]): Promise<Link[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('person_relations')
    .select(['id', 'person_id', 'related_id', 'kind'])
    .where((eb) => eb.or([eb('person_id', 'in', ids), eb('related_id', 'in', ids)]))
    .execute();
  return rows.map((row) => ({ id: row.id, from: row.person_id, to: row.related_id, kind: row.kind as Link['kind'] }));
}

/** The relation of `other` to `self` along one link, seen from self. */
function stepFrom(self: string, link: Link): { other: string; relation: 'spouse' | 'child' | 'parent' } {
  if (link.kind === 'spouse') return { other: link.from === self ? link.to : link.from, relation: 'spouse' };
  return link.from === self ? { other: link.to, relation: 'child' } : { other: link.from, relation: 'parent' };
}

const SECOND_DEGREE: Record<string, HouseholdRelation> = {
  'parent/child': 'sibling', 'child/child': 'grandchild', 'parent/parent': 'grandparent', 'spouse/child': 'child_of_spouse',
};

export interface HouseholdMember {
  personId: string;
  relation: HouseholdRelation;
  /** The link itself for direct relations (it can be removed), absent for derived ones. */
  relationId?: string;
  familyName: string;
  givenNames: string;
  birthDate: { date: string; precision: string } | null;
}

/** Direct family links and the second degree they imply (siblings, grandchildren, the spouse's children). */
export async function household(tx: Tx, rootId: string, ids: string[]): Promise<HouseholdMember[]> {
  const direct = await linksAround(tx, ids);
  const roots = await rootsOf(tx, direct.flatMap((link) => [link.from, link.to]));
  const root = (id: string) => roots.get(id) ?? id;
  const members = new Map<string, { relation: HouseholdRelation; relationId?: string }>();
  const firstDegree: Array<{ id: string; relation: string }> = [];
  for (const link of direct) {
    const self = ids.includes(link.from) ? link.from : link.to;
    const step = stepFrom(self, link);
    const other = root(step.other);
    if (other === rootId || members.has(other)) continue;
    members.set(other, { relation: step.relation, relationId: link.id });
    firstDegree.push({ id: other, relation: step.relation });
  }
  const nextIds = firstDegree.map((member) => member.id);
  const secondLinks = await linksAround(tx, nextIds);
  const secondRoots = await rootsOf(tx, secondLinks.flatMap((link) => [link.from, link.to]));
  for (const member of firstDegree) {
    for (const link of secondLinks.filter((l) => (secondRoots.get(l.from) ?? l.from) === member.id || (secondRoots.get(l.to) ?? l.to) === member.id)) {
      const self = (secondRoots.get(link.from) ?? link.from) === member.id ? link.from : link.to;
      const step = stepFrom(self, link);
      const other = secondRoots.get(step.other) ?? step.other;
      if (other === rootId || members.has(other)) continue;
      members.set(other, { relation: SECOND_DEGREE[`${member.relation}/${step.relation}`] ?? 'relative' });
    }
  }
  if (members.size === 0) return [];
  const people = await tx
    .selectFrom('persons')
    .select(['id', 'family_name', 'given_names', sql<string | null>`birth_date::text`.as('birth_date'), 'birth_date_precision'])
    .where('id', 'in', [...members.keys()])
    .execute();
  const order: HouseholdRelation[] = ['spouse', 'child', 'parent', 'sibling', 'child_of_spouse', 'grandchild', 'grandparent', 'relative'];
  return people
    .map((person) => {
      const member = members.get(person.id) as { relation: HouseholdRelation; relationId?: string };
      return {
        personId: person.id, relation: member.relation, ...(member.relationId && { relationId: member.relationId }),
        familyName: person.family_name, givenNames: person.given_names, birthDate: birthDateOf(person),
      };
    })
    .sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation) || (a.birthDate?.date ?? '').localeCompare(b.birthDate?.date ?? ''));
}

const HISTORY_ACTIONS = ['person.create', 'person.update', 'person.name_add', 'person.name_remove', 'person.identifier_add', 'person.identifier_remove',
  'person.relation_add', 'person.relation_remove', 'person.merge', 'person.merged_into', 'person.split'];

/** Changes to the person's records, from the audit log (reads and searches left out), newest first. */
export async function history(tx: Tx, ids: string[]) {
  const rows = await tx
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_label', 'action', 'person_id', 'details'])
    .where('person_id', 'in', ids)
    .where('action', 'in', HISTORY_ACTIONS)
    .orderBy('seq', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    at: row.at instanceof Date ? row.at.toISOString() : String(row.at),
    actor: row.actor_label,
    action: row.action,
    recordId: row.person_id as string,
    details: (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>,
  }));
}

export function presentCore(row: PersonRow) {
  return {
    id: row.id,
    familyName: row.family_name,
    givenNames: row.given_names,
    sex: row.sex,
    birthDate: birthDateOf(row),
    birthPlace: row.birth_place,
    birthCountry: row.birth_country,
    nationalities: row.nationalities,
    languages: row.languages,
    contact: { phone: row.phone, email: row.email, address: row.address },
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Everything the person page shows; the caller audits the read. */
export async function personView(tx: Tx, id: string) {
  const row = await loadPersonRow(tx, id);
  const rootId = row.root_id ?? row.id;
  const root = row.root_id ? await loadPersonRow(tx, rootId) : row;
  const ids = await recordIds(tx, rootId);
  const [names, identifiers, merges, records, members, changes] = await Promise.all([
    tx.selectFrom('person_names').select(['id', 'person_id', 'kind', 'script', 'family_name', 'given_names', 'source']).where('person_id', 'in', ids).orderBy('created_at').execute(),
    tx.selectFrom('person_identifiers').select(['id', 'person_id', 'kind', 'value', 'issuing_country']).where('person_id', 'in', ids).orderBy('created_at').execute(),
    tx.selectFrom('person_merges').selectAll().where((eb) => eb.or([eb('survivor_id', 'in', ids), eb('merged_id', 'in', ids)])).orderBy('merged_at', 'desc').execute(),
    tx.selectFrom('persons').select(['id', 'family_name', 'given_names', sql<string | null>`birth_date::text`.as('birth_date'), 'birth_date_precision', 'merged_into']).where('id', 'in', ids).execute(),
    household(tx, rootId, ids),
    history(tx, ids),
  ]);
  const kindOrder = ['primary', 'original_script', 'transliteration', 'alias', 'birth_name', 'former_name'];
  return {
    ...presentCore(root),
    mergedInto: row.root_id,
    names: names
      .map((name) => ({ id: name.id, recordId: name.person_id, kind: name.kind, script: name.script, familyName: name.family_name, givenNames: name.given_names, source: name.source }))
      .sort((a, b) => Number(a.recordId !== rootId) - Number(b.recordId !== rootId) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind)),
    identifiers: identifiers.map((identifier) => ({ id: identifier.id, recordId: identifier.person_id, kind: identifier.kind, value: identifier.value, issuingCountry: identifier.issuing_country })),
    household: members,
    records: records
      .filter((record) => record.id !== rootId)
      .map((record) => ({ id: record.id, familyName: record.family_name, givenNames: record.given_names, birthDate: birthDateOf(record), mergedInto: record.merged_into as string })),
    merges: merges.map((merge) => ({
      id: merge.id, survivorId: merge.survivor_id, mergedId: merge.merged_id, reason: merge.reason, mergedBy: merge.merged_by_label,
      mergedAt: new Date(merge.merged_at).toISOString(), splitAt: merge.split_at ? new Date(merge.split_at).toISOString() : null, splitBy: merge.split_by_label, splitReason: merge.split_reason,
    })),
    history: changes,
  };
}
