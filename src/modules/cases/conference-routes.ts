import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { withTenant } from '../../platform/db/index.js';
import { recordAudit } from '../../platform/audit/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { errors, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { TaskBody } from './case-routes.js';
import { addAgreedAction, assertConferenceMember, createConference, listConferences, loadConference, presentConference, writeMinutes } from './conferences.js';
import { CASE_READERS, CASE_STAFF, CaseParams, Nullable, SectionKey, Text, withCase, type CaseContext } from './route-kit.js';

// Case conferences: invite, read, minutes and agreed actions.

const Conference = Type.Object({
  id: Type.String(), caseId: Type.String(), title: Type.String(), sectionTypes: Type.Array(Type.String()), consentTextId: Type.String(),
  startsAt: Type.String(), endsAt: Type.String(), active: Type.Boolean(), minutes: Type.String(),
  participants: Type.Array(Type.Object({ unitId: Nullable(Type.String()), staffId: Nullable(Type.String()), name: Type.String() })),
});
const IdParams = Type.Object({ id: Uuid });

export function registerConferenceRoutes(parent: FastifyInstance, ctx: CaseContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['cases'];
  type Loaded = Awaited<ReturnType<typeof loadConference>>;

  app.get('/api/case-partner-counsellors', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Counsellors of partner organisations who can be invited to a case conference',
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), organisationName: Type.String() })) }), ...errors(401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const rows = await withTenant(ctx.db, auth.tenantId, (tx) => tx.selectFrom('staff as s').innerJoin('partner_organisations as o', 'o.id', 's.partner_organisation_id')
      .select(['s.id', 's.display_name', 'o.name']).where('s.status', '=', 'active').where('o.active', '=', true)
      .where(sql<boolean>`'partner_counsellor' = any(s.roles)`).orderBy('o.name').orderBy('s.display_name').execute());
    return { items: rows.map((row) => ({ id: row.id, displayName: row.display_name, organisationName: row.name })) };
  });

  app.post('/api/cases/:caseId/conferences', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Invite units and partner counsellors to a case conference (with the person\'s consent); ends by itself at endsAt (default 14 days)', params: CaseParams,
      body: Type.Object({
        title: Text(200), sectionTypes: Type.Array(SectionKey, { minItems: 1, maxItems: 20, uniqueItems: true }), consentTextId: Uuid,
        unitIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }), partnerStaffIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }),
        endsAt: Type.Optional(Type.String({ format: 'date-time' })),
      }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const id = await withCase(ctx, auth, request.params.caseId, (tx, access, now) => createConference(tx, auth, access, request.body, now));
    return reply.status(201).send({ id });
  });

  app.get('/api/cases/:caseId/conferences', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: { tags, summary: 'Case conferences of this case that the caller takes part in or may read', params: CaseParams, response: { 200: Type.Object({ items: Type.Array(Conference) }), ...errors(401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withCase(ctx, auth, request.params.caseId, async (tx, access, now) => {
      const visible = [];
      for (const { id } of await listConferences(tx, access.caseRow.id)) {
        const conference = await loadConference(tx, id);
        try { assertConferenceMember(auth, conference, access, now, false); } catch { continue; }
        visible.push(presentConference(conference, now));
      }
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.conferences_read', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { count: visible.length } });
      return visible;
    });
    return { items };
  });

  app.get('/api/case-conferences/:id', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: { tags, summary: 'One case conference', params: IdParams, response: { 200: Conference, ...errors(401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    let conference: Loaded | undefined;
    return withCase(ctx, auth, async (tx) => (conference = await loadConference(tx, request.params.id)).case_id, async (tx, access, now) => {
      const loaded = conference as Loaded;
      assertConferenceMember(auth, loaded, access, now, false);
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.conference_read', subjectType: 'case_conference', subjectId: loaded.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE });
      return presentConference(loaded, now);
    });
  });

  app.patch('/api/case-conferences/:id', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: {
      tags, summary: 'Write the minutes (participants, while the conference runs)', params: IdParams,
      body: Type.Object({ minutes: Type.String({ maxLength: 50000 }) }, { additionalProperties: false }),
      response: { 200: Conference, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    let conference: Loaded | undefined;
    return withCase(ctx, auth, async (tx) => (conference = await loadConference(tx, request.params.id)).case_id, async (tx, access, now) => {
      const loaded = conference as Loaded;
      assertConferenceMember(auth, loaded, access, now, true);
      await writeMinutes(tx, auth, loaded, access.caseRow.person_id, request.body.minutes, now);
      return presentConference({ ...loaded, minutes: request.body.minutes.normalize('NFC') }, now);
    });
  });

  app.post('/api/case-conferences/:id/actions', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: {
      tags, summary: 'Record an agreed action; it becomes a task of the case', params: IdParams,
      body: Type.Object(TaskBody, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    let conference: Loaded | undefined;
    const id = await withCase(ctx, auth, async (tx) => (conference = await loadConference(tx, request.params.id)).case_id, async (tx, access, now) => {
      const loaded = conference as Loaded;
      assertConferenceMember(auth, loaded, access, now, true);
      return addAgreedAction(tx, auth, loaded, access.caseRow.person_id, request.body, now);
    });
    return reply.status(201).send({ id });
  });
}
