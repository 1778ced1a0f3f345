import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import { withTenant, type Database, type Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { Email, errors, IdParams } from '../../platform/http/schemas.js';

// Partner organisations (Diakonie, Caritas, clinics, housing companies,
// migrant organisations) whose counsellors join case conferences.

const Partner = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  contactEmail: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
});
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Kind = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'e.g. Wohlfahrtsverband, Klinik, Wohnungsunternehmen' });

interface PartnerRow {
  id: string;
  name: string;
  kind: string;
  contact_email: string | null;
  active: boolean;
}
const columns = ['id', 'name', 'kind', 'contact_email', 'active'] as const;

function present(row: PartnerRow) {
  return { id: row.id, name: row.name, kind: row.kind, contactEmail: row.contact_email, active: row.active };
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  let query = tx.selectFrom('partner_organisations').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new AppError('PARTNER_NAME_TAKEN');
}

export async function createPartner(tx: Tx, tenantId: string, actor: Actor, input: { name: string; kind: string; contactEmail?: string | undefined }) {
  const name = input.name.trim();
  await assertNameFree(tx, name);
  const row = await tx
    .insertInto('partner_organisations')
    .values({ tenant_id: tenantId, id: randomUUID(), name, kind: input.kind.trim(), contact_email: input.contactEmail?.toLowerCase() ?? null })
    .returning(columns)
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actor, action: 'partner.create', subjectType: 'partner_organisation', subjectId: row.id, purpose: 'Verwaltung der Organisation', details: { name } });
  return present(row);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tenant's partner organisation with this id or exact name (for the CLI); undefined when there is none. */
export async function findPartnerByNameOrId(tx: Tx, nameOrId: string) {
  const wanted = nameOrId.trim();
  const row = await tx.selectFrom('partner_organisations').select(columns)
    .where((eb) => (UUID.test(wanted) ? eb.or([eb('id', '=', wanted), eb('name', '=', wanted)]) : eb('name', '=', wanted)))
    .executeTakeFirst();
  return row ? present(row) : undefined;
}

export function registerPartnerRoutes(parent: FastifyInstance, db: Database): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/partner-organisations', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags: ['administration'], summary: 'All partner organisations', response: { 200: Type.Object({ items: Type.Array(Partner) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const rows = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('partner_organisations').select(columns).orderBy('name').execute());
    return { items: rows.map(present) };
  });

  app.post('/api/partner-organisations', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: {
      tags: ['administration'], summary: 'Register a partner organisation',
      body: Type.Object({ name: Name, kind: Kind, contactEmail: Type.Optional(Email) }, { additionalProperties: false }),
      response: { 201: Partner, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const partner = await withTenant(db, auth.tenantId, (tx) => createPartner(tx, auth.tenantId, { id: auth.staffId, label: auth.displayName }, request.body));
    return reply.status(201).send(partner);
  });

  app.patch('/api/partner-organisations/:id', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: {
      tags: ['administration'], summary: 'Change or (de)activate a partner organisation', params: IdParams,
      body: Type.Object(
        { name: Type.Optional(Name), kind: Type.Optional(Kind), contactEmail: Type.Optional(Type.Union([Email, Type.Null()])), active: Type.Optional(Type.Boolean()) },
        { additionalProperties: false, minProperties: 1 },
      ),
      response: { 200: Partner, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { id } = request.params;
    const patch = request.body;
    return withTenant(db, auth.tenantId, async (tx) => {
      const existing = await tx.selectFrom('partner_organisations').select(columns).where('id', '=', id).executeTakeFirst();
      if (!existing) throw new AppError('NOT_FOUND', `partner ${id}`);
      const name = patch.name?.trim();
      if (name !== undefined) await assertNameFree(tx, name, id);
      const row = await tx
        .updateTable('partner_organisations')
        .set({
          ...(name !== undefined && { name }),
          ...(patch.kind !== undefined && { kind: patch.kind.trim() }),
          ...(patch.contactEmail !== undefined && { contact_email: patch.contactEmail?.toLowerCase() ?? null }),
          ...(patch.active !== undefined && { active: patch.active }),
        })
        .where('id', '=', id)
        .returning(columns)
        .executeTakeFirstOrThrow();
      await recordAudit(tx, {
        tenantId: auth.tenantId, actor: { id: auth.staffId, label: auth.displayName }, action: 'partner.update',
        subjectType: 'partner_organisation', subjectId: id, purpose: 'Verwaltung der Organisation', details: { before: present(existing), after: present(row) },
      });
      return present(row);
    });
  });
}
