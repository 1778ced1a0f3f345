import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit, verifyAuditChain } from '../../platform/audit/index.js';
import { withTenant, type Database } from '../../platform/db/index.js';
import { requireAuth, type Role } from '../../platform/http/policy.js';
import { errors, Uuid } from '../../platform/http/schemas.js';

// The data-protection officer's view of the audit log: filter by person,
// staff member, action and time, page backwards, and check the hash chain.
// Reading the log is itself recorded, because the log holds personal data.

const AUDITORS: Role[] = ['dpo', 'admin'];
const PURPOSE = 'Datenschutzkontrolle';

const Entry = Type.Object({
  seq: Type.Number(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorLabel: Type.String(),
  action: Type.String(),
  subjectType: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  personId: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
});

const Filters = Type.Object(
  {
    actorId: Type.Optional(Uuid),
    personId: Type.Optional(Uuid),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    before: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export function registerAuditRoutes(parent: FastifyInstance, db: Database): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const policy = { access: 'staff', roles: AUDITORS } as const;

  app.get('/api/audit', {
    config: { policy },
    schema: {
      tags: ['audit'], summary: 'Audit entries, newest first', querystring: Filters,
      response: { 200: Type.Object({ items: Type.Array(Entry), nextBefore: Type.Union([Type.Number(), Type.Null()]) }), ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { actorId, personId, action, from, to, before } = request.query;
    const limit = request.query.limit ?? 50;
    return withTenant(db, auth.tenantId, async (tx) => {
      let query = tx.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(limit + 1);
      if (actorId) query = query.where('actor_id', '=', actorId);
      if (personId) query = query.where('person_id', '=', personId);
      if (action) query = query.where('action', '=', action);
      if (from) query = query.where('at', '>=', new Date(from));
      if (to) query = query.where('at', '<=', new Date(to));
      if (before) query = query.where('seq', '<', String(before));
      const rows = await query.execute();
      const page = rows.slice(0, limit);
      await recordAudit(tx, {
        tenantId: auth.tenantId, actor: { id: auth.staffId, label: auth.displayName }, action: 'audit.read', purpose: PURPOSE,
        ...(personId && { personId }),
        details: { filters: { actorId, personId, action, from, to, before }, returned: page.length },
      });
      return {
        items: page.map((row) => ({
          seq: Number(row.seq), at: row.at.toISOString(), actorId: row.actor_id, actorLabel: row.actor_label, action: row.action,
          subjectType: row.subject_type, subjectId: row.subject_id, personId: row.person_id, purpose: row.purpose, details: row.details,
        })),
        nextBefore: rows.length > limit ? Number(page[page.length - 1]?.seq) : null,
      };
    });
  });

  app.get('/api/audit/actions', {
    config: { policy },
    schema: { tags: ['audit'], summary: 'The actions that occur in the log (for the filter)', response: { 200: Type.Object({ items: Type.Array(Type.String()) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const rows = await withTenant(db, auth.tenantId, (tx) => tx.selectFrom('audit_log').select('action').distinct().orderBy('action').execute());
    return { items: rows.map((row) => row.action) };
  });

  app.get('/api/audit/actors', {
    config: { policy },
    schema: {
      tags: ['audit'], summary: 'The staff members that occur in the log (for the filter)',
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })) }), ...errors(401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const rows = await withTenant(db, auth.tenantId, (tx) =>
      tx.selectFrom('staff').select(['id', 'display_name']).where('id', 'in', (eb) => eb.selectFrom('audit_log').select('actor_id').where('actor_id', 'is not', null).$narrowType<{ actor_id: string }>()).orderBy('display_name').execute(),
    );
    return { items: rows.map((row) => ({ id: row.id, label: row.display_name })) };
  });

  app.get('/api/audit/verify', {
    config: { policy },
    schema: {
      tags: ['audit'], summary: 'Recompute the hash chain and report changed, removed or inserted entries',
      response: {
        200: Type.Object({ ok: Type.Boolean(), checked: Type.Number(), problems: Type.Array(Type.Object({ seq: Type.Number(), kind: Type.String(), message: Type.String() })) }),
        ...errors(401, 403),
      },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const report = await withTenant(db, auth.tenantId, (tx) => verifyAuditChain(tx, auth.tenantId), { isolation: 'repeatable read' });
    return { ok: report.ok, checked: report.checked, problems: report.problems.map(({ seq, kind, message }) => ({ seq, kind, message })) };
  });
}
