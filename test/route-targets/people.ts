import { randomUUID } from 'node:crypto';
import { withTenant } from '../../src/platform/db/index.js';
import { mergePeople } from '../../src/modules/people/merge.js';
import { makePerson } from '../support/people.js';
import type { TargetFactory } from './types.js';

// Records of the person register for the route-by-role test. Each route gets
// its own people, because reaching a route may merge or remove something.
export const targets: TargetFactory = async ({ ctx, home }) => {
  const person = (familyName: string, extra = {}) => makePerson(ctx.db, home, { familyName, givenNames: 'Route', ...extra });
  const read = await person('Lesen');
  const patched = await person('Ändern');
  const named = await person('Namen');
  const withName = await person('Schreibweise', { names: [{ kind: 'alias', familyName: 'Schreibwaise', givenNames: 'Route' }] });
  const withIdentifier = await person('Nummer', { identifiers: [{ kind: 'bamf', value: '7654321-439' }] });
  const [parent, child] = [await person('Elternteil'), await person('Kind')];
  const [linkedA, linkedB] = [await person('Verbunden'), await person('Verbindung')];
  const [survivor, duplicate] = [await person('Bleibt'), await person('Doppelt')];
  const [splitSurvivor, splitMerged] = [await person('Getrennt'), await person('Zusammen')];
  const ids = await withTenant(ctx.db, home.id, async (tx) => {
    const nameId = (await tx.selectFrom('person_names').select('id').where('person_id', '=', withName.id).where('kind', '=', 'alias').executeTakeFirstOrThrow()).id;
    const identifierId = (await tx.selectFrom('person_identifiers').select('id').where('person_id', '=', withIdentifier.id).executeTakeFirstOrThrow()).id;
    const relationId = randomUUID();
    await tx.insertInto('person_relations').values({ tenant_id: home.id, id: relationId, person_id: linkedA.id, related_id: linkedB.id, kind: 'spouse' }).execute();
    const merge = await mergePeople(tx, home.id, { id: null, label: 'Test' }, splitSurvivor.id, splitMerged.id, 'Testzusammenführung');
    return { nameId, identifierId, relationId, mergeId: merge.id };
  });
  return {
    'GET /api/people/:id': { params: { id: read.id } },
    'PATCH /api/people/:id': { params: { id: patched.id }, body: { version: 1, birthPlace: 'Aleppo' } },
    'POST /api/people/:id/names': { params: { id: named.id }, body: { kind: 'alias', familyName: 'Namenn' } },
    'DELETE /api/people/:id/names/:nameId': { params: { id: withName.id, nameId: ids.nameId } },
    'POST /api/people/:id/identifiers': { params: { id: named.id }, body: { kind: 'passport', value: 'N12345678' } },
    'DELETE /api/people/:id/identifiers/:identifierId': { params: { id: withIdentifier.id, identifierId: ids.identifierId } },
    'POST /api/people/:id/relations': { params: { id: parent.id }, body: { relatedPersonId: child.id, relation: 'child' } },
    'DELETE /api/people/:id/relations/:relationId': { params: { id: linkedA.id, relationId: ids.relationId } },
    'POST /api/people/:id/merge': { params: { id: survivor.id }, body: { otherId: duplicate.id, reason: 'Dieselbe Person' } },
    'POST /api/people/merges/:mergeId/split': { params: { mergeId: ids.mergeId }, body: { reason: 'Doch verschieden' } },
  };
};
