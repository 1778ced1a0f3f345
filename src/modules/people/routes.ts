import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock.js';
import { withTenant, type Database, type Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireAuth, type RequestAuth } from '../../platform/http/policy.js';
import { errors, IdParams, NoContent, Uuid } from '../../platform/http/schemas.js';
import { parseBirthDate } from './birth-date.js';
import { mergePeople, splitMerge } from './merge.js';
import { normalizeIdentifier } from './reference.js';
import {
  CreateBody, Created, IdentifierBody, MERGE_ROLES, MergeBody, MergeOut, NameBody, PatchBody, PersonBody, PersonOut, purposes, PurposeParam,
  READ_ROLES, RelationBody, SearchResult, SplitBody, WRITE_ROLES, type Purpose,
} from './schemas.js';
import { parseSearchText, searchPeople, type SearchCriteria } from './search.js';
import {
  birthYearOf, cleanName, coreValues, fullName, insertIdentifier, insertName, insertPerson, loadActivePerson, reindexNames, touchPerson, type PersonInput,
} from './store.js';
import { personView, recordIds } from './view.js';

// HTTP routes of the person register. Case staff (case workers, unit leads,
// intake) search, read and register people; merging needs a case worker or
// unit lead. Administrators, the data-protection officer, partner counsellors
// and volunteer coordinators do not browse the register.

const tags = ['people'];
const actorOf = (auth: RequestAuth): Actor => ({ id: auth.staffId, label: auth.displayName });
const WRITE_PURPOSE = purposes.case_work;
/** From this score on, a registered person counts as a possible duplicate of a new one. */
export const DUPLICATE_SCORE = 0.55;

async function audit(tx: Tx, auth: RequestAuth, action: string, personId: string, purpose: string, details: Record<string, unknown> = {}) {
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action, subjectType: 'person', subjectId: personId, personId, purpose, details });
}

function duplicateCriteria(input: PersonInput, today: Date): SearchCriteria {
  const names = [fullName(input.familyName, input.givenNames ?? ''), ...(input.names ?? []).map((name) => fullName(name.familyName, name.givenNames ?? ''))];
  const birthDate = input.birthDate ? parseBirthDate(input.birthDate, input.birthDatePrecision, today) : null;
  return { names: names.filter((name) => /\p{L}/u.test(name)), birthDate, identifiers: (input.identifiers ?? []).map((identifier) => normalizeIdentifier(identifier.value)).filter(Boolean) };
}

async function findDuplicates(tx: Tx, auth: RequestAuth, input: PersonInput, today: Date, purpose: Purpose) {
  cleanName(input.familyName, input.givenNames, 'familyName');
  const hits = (await searchPeople(tx, duplicateCriteria(input, today), 10)).filter((hit) => hit.score >= DUPLICATE_SCORE || hit.reasons.some((r) => r.code === 'SAME_IDENTIFIER'));
  await recordAudit(tx, {
    tenantId: auth.tenantId, actor: actorOf(auth), action: 'person.search', subjectType: 'person', purpose: purposes[purpose],
    details: { kind: 'duplicate_check', resultIds: hits.map((hit) => hit.id) },
  });
  return hits;
}

export function registerPeopleRoutes(parent: FastifyInstance, db: Database, clock: Clock): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/people/search', {
    config: { policy: { access: 'staff', roles: READ_ROLES } },
    schema: {
      tags, summary: 'Find people by any name in any script or spelling, birth date or identifier; ranked, with reasons (audited)',
      querystring: Type.Object({
        q: Type.String({ minLength: 1, maxLength: 300, description: 'Names, a birth date (12.03.1990, 1990) and numbers (AZR, BAMF, passport) in one text' }),
        birthDate: Type.Optional(Type.String({ maxLength: 10 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
        purpose: PurposeParam,
      }, { additionalProperties: false }),
      response: { 200: SearchResult, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const today = clock.now();
    const criteria = parseSearchText(request.query.q, today);
    if (request.query.birthDate) criteria.birthDate = parseBirthDate(request.query.birthDate, undefined, today);
    return withTenant(db, auth.tenantId, async (tx) => {
      const items = await searchPeople(tx, criteria, request.query.limit ?? 20);
      await recordAudit(tx, {
        tenantId: auth.tenantId, actor: actorOf(auth), action: 'person.search', subjectType: 'person', purpose: purposes[request.query.purpose ?? 'case_work'],
        details: { resultIds: items.map((item) => item.id) },
      });
      return { items };
    });
  });

  app.post('/api/people/duplicate-check', {
    config: { policy: { access: 'staff', roles: READ_ROLES } },
    schema: {
      tags, summary: 'The registered people a new person might be (search before create)',
      body: PersonBody, response: { 200: SearchResult, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => ({ items: await findDuplicates(tx, auth, request.body, clock.now(), 'duplicate_check') }));
  });

  app.post('/api/people', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: {
      tags, summary: 'Register a person; answers 409 PERSON_POSSIBLE_DUPLICATE with the candidates unless confirmNoDuplicate is set',
      body: CreateBody, response: { 201: Created, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const { confirmNoDuplicate, purpose, ...input } = request.body;
    const today = clock.now();
    const created = await withTenant(db, auth.tenantId, async (tx) => {
      const duplicates = await findDuplicates(tx, auth, input, today, purpose ?? 'case_work');
      if (duplicates.length > 0 && !confirmNoDuplicate) return { duplicates };
      const id = await insertPerson(tx, auth.tenantId, input, today);
      await audit(tx, auth, 'person.create', id, purposes[purpose ?? 'case_work'], { names: 1 + (input.names?.length ?? 0), identifiers: input.identifiers?.length ?? 0, ...(duplicates.length > 0 && { confirmedNoDuplicateOf: duplicates.map((d) => d.id) }) });
      return { id };
    });
    // The duplicate check's audit entry stays even though nothing was created.
    if ('duplicates' in created) throw new AppError('PERSON_POSSIBLE_DUPLICATE', undefined, { candidates: created.duplicates });
    return reply.status(201).send({ id: created.id, version: 1 });
  });

  app.get('/api/people/:id', {
    config: { policy: { access: 'staff', roles: READ_ROLES } },
    schema: {
      tags, summary: 'A person with all spellings, identifiers, household, merged records and history (audited with its purpose)',
      params: IdParams, querystring: Type.Object({ purpose: PurposeParam }, { additionalProperties: false }),
      response: { 200: PersonOut, ...errors(401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      const view = await personView(tx, request.params.id);
      await audit(tx, auth, 'person.read', request.params.id, purposes[request.query.purpose ?? 'case_work'], { records: [view.id, ...view.records.map((r) => r.id)] });
      return view;
    });
  });

  app.patch('/api/people/:id', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: { tags, summary: 'Change core data (names, birth data, nationalities, languages, contact)', params: IdParams, body: PatchBody, response: { 200: Created, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const { version, familyName, givenNames, ...rest } = request.body;
    return withTenant(db, auth.tenantId, async (tx) => {
      const row = await loadActivePerson(tx, request.params.id);
      if (row.version !== version) throw new AppError('CONFLICT', `person ${row.id} version ${row.version}, not ${version}`);
      const values = coreValues(rest, clock.now());
      const changed: Record<string, unknown> = { ...values };
      if (familyName !== undefined || givenNames !== undefined) {
        const name = cleanName(familyName ?? row.family_name, givenNames ?? row.given_names, 'familyName');
        Object.assign(changed, { family_name: name.familyName, given_names: name.givenNames });
        await tx.updateTable('person_names').set({ family_name: name.familyName, given_names: name.givenNames }).where('person_id', '=', row.id).where('kind', '=', 'primary').execute();
      }
      if ('family_name' in changed || 'birth_date' in changed) await reindexNames(tx, auth.tenantId, row.id, birthYearOf(values.birth_date !== undefined ? values.birth_date : row.birth_date));
      await tx.updateTable('persons').set({ ...changed, version: row.version + 1, updated_at: new Date() }).where('id', '=', row.id).execute();
      await audit(tx, auth, 'person.update', row.id, WRITE_PURPOSE, { fields: Object.keys(changed) });
      return { id: row.id, version: row.version + 1 };
    });
  });

  app.post('/api/people/:id/names', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: { tags, summary: 'Add a written form of the name (original script, transliteration, alias, birth or former name)', params: IdParams, body: NameBody, response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const id = await withTenant(db, auth.tenantId, async (tx) => {
      const row = await loadActivePerson(tx, request.params.id);
      const name = cleanName(request.body.familyName, request.body.givenNames, 'familyName');
      const nameId = await insertName(tx, auth.tenantId, row.id, { ...name, kind: request.body.kind, ...(request.body.source !== undefined && { source: request.body.source }) }, birthYearOf(row.birth_date));
      await touchPerson(tx, row.id);
      await audit(tx, auth, 'person.name_add', row.id, WRITE_PURPOSE, { nameId, kind: request.body.kind, name: fullName(name.familyName, name.givenNames) });
      return nameId;
    });
    return reply.status(201).send({ id });
  });

  app.delete('/api/people/:id/names/:nameId', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: { tags, summary: 'Remove a wrongly recorded written form (not the primary name)', params: Type.Object({ id: Uuid, nameId: Uuid }), response: { 204: NoContent, ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withTenant(db, auth.tenantId, async (tx) => {
      const row = await loadActivePerson(tx, request.params.id);
      const ids = await recordIds(tx, row.id);
      const name = await tx.selectFrom('person_names').select(['id', 'kind', 'person_id', 'family_name', 'given_names']).where('id', '=', request.params.nameId).where('person_id', 'in', ids).executeTakeFirst();
      if (!name) throw new AppError('NOT_FOUND', `name ${request.params.nameId}`);
      if (name.kind === 'primary') throw new AppError('PERSON_PRIMARY_NAME_FIXED');
      await tx.deleteFrom('person_names').where('id', '=', name.id).execute();
      await touchPerson(tx, row.id);
      await audit(tx, auth, 'person.name_remove', name.person_id, WRITE_PURPOSE, { nameId: name.id, kind: name.kind, name: fullName(name.family_name, name.given_names) });
    });
    return reply.status(204).send(null);
  });

  app.post('/api/people/:id/identifiers', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: { tags, summary: 'Add an identifier (AZR number, BAMF file number, passport number, local file number)', params: IdParams, body: IdentifierBody, response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const id = await withTenant(db, auth.tenantId, async (tx) => {
      const row = await loadActivePerson(tx, request.params.id);
      const identifierId = await insertIdentifier(tx, auth.tenantId, row.id, request.body, 'value');
      await touchPerson(tx, row.id);
      await audit(tx, auth, 'person.identifier_add', row.id, WRITE_PURPOSE, { identifierId, kind: request.body.kind });
      return identifierId;
    });
    return reply.status(201).send({ id });
  });

  app.delete('/api/people/:id/identifiers/:identifierId', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: { tags, summary: 'Remove a wrongly recorded identifier', params: Type.Object({ id: Uuid, identifierId: Uuid }), response: { 204: NoContent, ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withTenant(db, auth.tenantId, async (tx) => {
      const row = await loadActivePerson(tx, request.params.id);
      const ids = await recordIds(tx, row.id);
      const identifier = await tx.selectFrom('person_identifiers').select(['id', 'person_id', 'kind', 'value']).where('id', '=', request.params.identifierId).where('person_id', 'in', ids).executeTakeFirst();
      if (!identifier) throw new AppError('NOT_FOUND', `identifier ${request.params.identifierId}`);
      await tx.deleteFrom('person_identifiers').where('id', '=', identifier.id).execute();
      await touchPerson(tx, row.id);
      await audit(tx, auth, 'person.identifier_remove', identifier.person_id, WRITE_PURPOSE, { identifierId: identifier.id, kind: identifier.kind, value: identifier.value });
    });
    return reply.status(204).send(null);
  });

  app.post('/api/people/:id/relations', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: { tags, summary: 'Link a family member (spouse, child, parent); the household view follows from the links', params: IdParams, body: RelationBody, response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const id = await withTenant(db, auth.tenantId, async (tx) => {
      const row = await loadActivePerson(tx, request.params.id);
      const other = await loadActivePerson(tx, request.body.relatedPersonId);
      if (other.id === row.id) throw new AppError('PERSON_RELATION_INVALID', 'self');
      const { relation } = request.body;
      const [from, to, kind] = relation === 'child' ? [row.id, other.id, 'parent'] : relation === 'parent' ? [other.id, row.id, 'parent'] : [row.id, other.id, 'spouse'];
      const existing = await tx.selectFrom('person_relations').select('id')
        .where((eb) => eb.or([eb.and([eb('person_id', '=', row.id), eb('related_id', '=', other.id)]), eb.and([eb('person_id', '=', other.id), eb('related_id', '=', row.id)])]))
        .executeTakeFirst();
      if (existing) throw new AppError('PERSON_RELATION_INVALID', 'exists');
      const relationId = randomUUID();
      await tx.insertInto('person_relations').values({ tenant_id: auth.tenantId, id: relationId, person_id: from, related_id: to, kind }).execute();
      await touchPerson(tx, row.id);
      await touchPerson(tx, other.id);
      await audit(tx, auth, 'person.relation_add', row.id, WRITE_PURPOSE, { relationId, relation, relatedPersonId: other.id });
      await audit(tx, auth, 'person.relation_add', other.id, WRITE_PURPOSE, { relationId, relation: relation === 'child' ? 'parent' : relation === 'parent' ? 'child' : 'spouse', relatedPersonId: row.id });
      return relationId;
    });
    return reply.status(201).send({ id });
  });

  app.delete('/api/people/:id/relations/:relationId', {
    config: { policy: { access: 'staff', roles: WRITE_ROLES } },
    schema: { tags, summary: 'Remove a family link', params: Type.Object({ id: Uuid, relationId: Uuid }), response: { 204: NoContent, ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withTenant(db, auth.tenantId, async (tx) => {
      const row = await loadActivePerson(tx, request.params.id);
      const ids = await recordIds(tx, row.id);
      const relation = await tx.selectFrom('person_relations').select(['id', 'person_id', 'related_id', 'kind']).where('id', '=', request.params.relationId)
        .where((eb) => eb.or([eb('person_id', 'in', ids), eb('related_id', 'in', ids)])).executeTakeFirst();
      if (!relation) throw new AppError('NOT_FOUND', `relation ${request.params.relationId}`);
      await tx.deleteFrom('person_relations').where('id', '=', relation.id).execute();
      await touchPerson(tx, row.id);
      for (const personId of [relation.person_id, relation.related_id]) await audit(tx, auth, 'person.relation_remove', personId, WRITE_PURPOSE, { relationId: relation.id, kind: relation.kind });
    });
    return reply.status(204).send(null);
  });

  app.post('/api/people/:id/merge', {
    config: { policy: { access: 'staff', roles: MERGE_ROLES } },
    schema: {
      tags, summary: 'Merge another record into this one after review (nothing is lost; can be split again)',
      params: IdParams, body: MergeBody, response: { 200: MergeOut, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => mergePeople(tx, auth.tenantId, actorOf(auth), request.params.id, request.body.otherId, request.body.reason));
  });

  app.post('/api/people/merges/:mergeId/split', {
    config: { policy: { access: 'staff', roles: MERGE_ROLES } },
    schema: {
      tags, summary: 'Undo a merge: the merged record stands on its own again, with everything it had',
      params: Type.Object({ mergeId: Uuid }), body: SplitBody, response: { 200: MergeOut, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => splitMerge(tx, auth.tenantId, actorOf(auth), request.params.mergeId, request.body.reason));
  });
}
