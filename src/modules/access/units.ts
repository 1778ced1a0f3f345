import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant, type Database, type Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireAuth, type RequestAuth } from '../../platform/http/policy.js';
import { errors, IdParams } from '../../platform/http/schemas.js';

// Organisational units (Organisationseinheiten): the offices that own case
// file sections and receive referrals.

export const unitTypes = ['intake', 'immigration', 'asylum_benefits', 'accommodation', 'integration', 'jobcentre', 'partner_desk', 'other'] as const;
export type UnitType = (typeof unitTypes)[number];

const UnitType = Type.Enum(unitTypes);
const Unit = Type.Object({ id: Type.String(), name: Type.String(), type: UnitType, active: Type.Boolean() });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export interface UnitInput {
  name: string;
  type: UnitType;
}

function present(row: { id: string; name: string; type: string; active: boolean }) {
  return { id: row.id, name: row.name, type: row.type as UnitType, active: row.active };
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  let query = tx.selectFrom('units').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new AppError('UNIT_NAME_TAKEN');
}

export async function createUnit(tx: Tx, tenantId: string, actor: { id: string | null; label: string }, input: UnitInput) {
  const name = input.name.trim();
  await assertNameFree(tx, name);
  const row = await tx
    .insertInto('units')
    .values({ tenant_id: tenantId, id: randomUUID(), name, type: input.type })
    .returning(['id', 'name', 'type', 'active'])
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actor, action: 'unit.create', subjectType: 'unit', subjectId: row.id, purpose: 'Verwaltung der Organisation', details: { name, type: input.type } });
  return present(row);
}

async function updateUnit(tx: Tx, auth: RequestAuth, id: string, patch: Partial<UnitInput> & { active?: boolean }) {
  const existing = await tx.selectFrom('units').select(['id', 'name', 'type', 'active']).where('id', '=', id).executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND', `unit ${id}`);
  const name = patch.name?.trim();
  if (name !== undefined) await assertNameFree(tx, name, id);
  const row = await tx
    .updateTable('units')
    .set({ ...(name !== undefined && { name }), ...(patch.type && { type: patch.type }), ...(patch.active !== undefined && { active: patch.active }) })
    .where('id', '=', id)
    .returning(['id', 'name', 'type', 'active'])
    .executeTakeFirstOrThrow();
  await recordAudit(tx, {
    tenantId: auth.tenantId, actor: { id: auth.staffId, label: auth.displayName }, action: 'unit.update',
    subjectType: 'unit', subjectId: id, purpose: 'Verwaltung der Organisation', details: { before: present(existing), after: present(row) },
  });
  return present(row);
}

export function registerUnitRoutes(parent: FastifyInstance, db: Database): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/units', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags: ['administration'], summary: 'All units of the tenant', response: { 200: Type.Object({ items: Type.Array(Unit) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const rows = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('units').select(['id', 'name', 'type', 'active']).orderBy('name').execute());
    return { items: rows.map(present) };
  });

  app.post('/api/units', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: {
      tags: ['administration'], summary: 'Create a unit',
      body: Type.Object({ name: Name, type: UnitType }, { additionalProperties: false }),
      response: { 201: Unit, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const unit = await withTenant(db, auth.tenantId, (tx) => createUnit(tx, auth.tenantId, { id: auth.staffId, label: auth.displayName }, request.body));
    return reply.status(201).send(unit);
  });

  app.patch('/api/units/:id', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: {
      tags: ['administration'], summary: 'Rename, retype or (de)activate a unit', params: IdParams,
      body: Type.Object({ name: Type.Optional(Name), type: Type.Optional(UnitType), active: Type.Optional(Type.Boolean()) }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Unit, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => updateUnit(tx, auth, request.params.id, request.body));
  });
}
