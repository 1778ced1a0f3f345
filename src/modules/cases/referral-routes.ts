import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant } from '../../platform/db/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { errors, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { localDay } from './dates.js';
import { isOverdue } from './referral-state.js';
import { createReferral, decideReferral, escalationsFor, loadReferralFor, referralBoard, referralCounts } from './referrals.js';
import { CASE_STAFF, CaseParams, Day, Nullable, SectionKey, Text, withCase, type CaseContext } from './route-kit.js';

// Referrals between units: create from the case file, the unit inbox with
// counts, accept / return / complete, the start page's counts and the unit
// lead's overdue list (escalated by the job in escalations.ts).

const Referral = Type.Object({
  id: Type.String(), caseId: Type.String(), personId: Type.String(), personName: Type.String(),
  fromUnitId: Type.String(), fromUnitName: Type.String(), toUnitId: Type.String(), toUnitName: Type.String(),
  concernId: Nullable(Type.String()), concernText: Nullable(Type.String()), handoverNote: Type.String(), dueDate: Type.String(),
  sectionTypes: Type.Array(Type.String()), state: Type.Enum(['open', 'accepted', 'returned', 'completed']), returnReason: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()), escalatedAt: Nullable(Type.String()), createdAt: Type.String(), overdue: Type.Boolean(),
});
const IdParams = Type.Object({ id: Uuid });

export function registerReferralRoutes(parent: FastifyInstance, ctx: CaseContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['cases'];

  app.post('/api/cases/:caseId/referrals', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Refer a concern to another unit (Weiterleitung)', params: CaseParams,
      body: Type.Object({
        fromUnitId: Uuid, toUnitId: Uuid, concernId: Type.Optional(Uuid), concernText: Type.Optional(Text(500)), handoverNote: Text(5000), dueDate: Day,
        sectionTypes: Type.Array(SectionKey, { maxItems: 20, uniqueItems: true }),
      }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const id = await withCase(ctx, auth, request.params.caseId, (tx, access, now) => createReferral(tx, auth, access, request.body, now));
    return reply.status(201).send({ id });
  });

  app.get('/api/referrals/board', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Inbox and outbox of the caller\'s units, with counts per unit',
      querystring: Type.Object({ unitId: Type.Optional(Uuid), state: Type.Optional(Type.Enum(['open', 'accepted', 'returned', 'completed'])) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          counts: Type.Array(Type.Object({ unitId: Type.String(), unitName: Type.String(), open: Type.Integer(), accepted: Type.Integer(), overdue: Type.Integer() })),
          incoming: Type.Array(Referral), outgoing: Type.Array(Referral),
        }),
        ...errors(400, 401, 403),
      },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(ctx.db, auth.tenantId, (tx) => referralBoard(tx, auth, ctx.clock.now(), request.query));
  });

  app.get('/api/referrals/counts', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'How many referrals wait in each of the caller\'s units (open, accepted, overdue); numbers only, for the start page',
      response: {
        200: Type.Object({ items: Type.Array(Type.Object({ unitId: Type.String(), unitName: Type.String(), open: Type.Integer(), accepted: Type.Integer(), overdue: Type.Integer() })) }),
        ...errors(401, 403),
      },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(ctx.db, auth.tenantId, (tx) => referralCounts(tx, auth, ctx.clock.now())) };
  });

  app.get('/api/referrals/escalations', {
    config: { policy: { access: 'staff', roles: ['unit_lead'] } },
    schema: { tags, summary: 'Overdue referrals to the lead\'s units, judged by the clock (the escalation job sets escalatedAt)', response: { 200: Type.Object({ items: Type.Array(Referral) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(ctx.db, auth.tenantId, (tx) => escalationsFor(tx, auth, ctx.clock.now())) };
  });

  app.get('/api/referrals/:id', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: { tags, summary: 'One referral, for both the sending and the receiving unit', params: IdParams, response: { 200: Referral, ...errors(401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const now = ctx.clock.now();
    return withTenant(ctx.db, auth.tenantId, async (tx) => {
      const row = await loadReferralFor(tx, auth, request.params.id);
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.referral_read', subjectType: 'referral', subjectId: row.id, personId: row.person_id, purpose: DEFAULT_PURPOSE });
      return {
        id: row.id, caseId: row.case_id, personId: row.person_id, personName: `${row.family_name}, ${row.given_names}`,
        fromUnitId: row.from_unit_id, fromUnitName: row.from_unit_name, toUnitId: row.to_unit_id, toUnitName: row.to_unit_name,
        concernId: row.concern_id, concernText: row.concern_text, handoverNote: row.handover_note, dueDate: row.due, sectionTypes: row.section_types,
        state: row.state, returnReason: row.return_reason, decidedAt: row.decided_at?.toISOString() ?? null, escalatedAt: row.escalated_at?.toISOString() ?? null,
        createdAt: row.created_at.toISOString(), overdue: isOverdue({ state: row.state, dueDate: row.due }, localDay(now)),
      };
    });
  });

  for (const action of ['accept', 'return', 'complete'] as const) {
    app.post(`/api/referrals/:id/${action}`, {
      config: { policy: { access: 'staff', roles: CASE_STAFF } },
      schema: {
        tags, summary: { accept: 'Accept a referral (receiving unit)', return: 'Return a referral with a reason (receiving unit)', complete: 'Mark an accepted referral as done' }[action],
        params: IdParams,
        body: action === 'return'
          ? Type.Object({ reason: Text(2000) }, { additionalProperties: false })
          : Type.Object({}, { additionalProperties: false }),
        response: { 200: Referral, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => {
      const auth = requireAuth(request);
      const reason = (request.body as { reason?: string } | undefined)?.reason;
      return withTenant(ctx.db, auth.tenantId, (tx) => decideReferral(tx, auth, request.params.id, action, reason, ctx.clock.now()));
    });
  }
}
