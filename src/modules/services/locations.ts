import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { CATALOGUE_PURPOSE } from './concerns.js';

// Locations: the offices where concerns are served (main building, branch
// office, counters). Appointments and walk-in tickets are per location.

export const Location = Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() });
export type Location = Static<typeof Location>;

export const LocationInput = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), address: Type.String({ maxLength: 500 }) },
  { additionalProperties: false },
);
export type LocationInput = Static<typeof LocationInput>;

export function listLocations(tx: Tx): Promise<Location[]> {
  return tx.selectFrom('locations').select(['id', 'name', 'address']).orderBy('name').execute();
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  let query = tx.selectFrom('locations').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new AppError('LOCATION_NAME_TAKEN');
}

/** Creates (no id) or changes (id) a location. */
export async function saveLocation(tx: Tx, tenantId: string, actor: Actor, input: LocationInput, id?: string): Promise<Location> {
  const name = input.name.trim();
  const address = input.address.trim();
  await assertNameFree(tx, name, id);
  const row = id
    ? await tx.updateTable('locations').set({ name, address }).where('id', '=', id).returning(['id', 'name', 'address']).executeTakeFirst()
    : await tx.insertInto('locations').values({ tenant_id: tenantId, id: randomUUID(), name, address }).returning(['id', 'name', 'address']).executeTakeFirstOrThrow();
  if (!row) throw new AppError('NOT_FOUND', `location ${id}`);
  await recordAudit(tx, { tenantId, actor, action: id ? 'location.update' : 'location.create', subjectType: 'location', subjectId: row.id, purpose: CATALOGUE_PURPOSE, details: { name, address } });
  return row;
}
