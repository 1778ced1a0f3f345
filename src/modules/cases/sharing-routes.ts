import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant } from '../../platform/db/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { errors, NoContent, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from './access.js';
import { breakGlass, listBreakGlass, reviewBreakGlass } from './break-glass.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { grantAccess, listConsentTexts, listGrants, loadGrant, publishConsentText, revokeGrant } from './consent.js';
import { CASE_STAFF, CaseParams, Nullable, SectionKey, Text, withCase, type CaseContext } from './route-kit.js';

// Consent texts, access beyond the matrix (consent or legal basis), and
// emergency access with the data-protection officer's review list.

const ConsentText = Type.Object({ id: Type.String(), purpose: Type.String(), version: Type.Integer(), body: Type.String(), createdAt: Type.String() });
const Grant = Type.Object({
  id: Type.String(), unitId: Type.String(), unitName: Type.String(), sectionType: Type.String(), access: Type.String(), basis: Type.String(), purpose: Type.String(),
  consentTextId: Nullable(Type.String()), consentVersion: Nullable(Type.Integer()), legalReference: Nullable(Type.String()), grantedAt: Type.String(), revokedAt: Nullable(Type.String()),
});
const BreakGlass = Type.Object({
  id: Type.String(), caseId: Type.String(), personId: Type.String(), staffId: Type.String(), staffLabel: Type.String(), reason: Type.String(),
  startedAt: Type.String(), expiresAt: Type.String(), reviewedAt: Nullable(Type.String()),
});

export function registerSharingRoutes(parent: FastifyInstance, ctx: CaseContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['cases'];

  app.get('/api/consent-texts', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags, summary: 'All consent texts, every version', response: { 200: Type.Object({ items: Type.Array(ConsentText) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(ctx.db, auth.tenantId, (tx) => listConsentTexts(tx)) };
  });

  app.post('/api/consent-texts', {
    config: { policy: { access: 'staff', roles: ['admin', 'dpo'] } },
    schema: {
      tags, summary: 'Publish a consent text; a new text for an existing purpose becomes its next version',
      body: Type.Object({ purpose: Text(200), body: Text(20000) }, { additionalProperties: false }),
      response: { 201: ConsentText, ...errors(400, 401, 403) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    return reply.status(201).send(await withTenant(ctx.db, auth.tenantId, (tx) => publishConsentText(tx, auth, request.body)));
  });

  app.get('/api/cases/:caseId/grants', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: { tags, summary: 'Consents and legal bases recorded for this case, including revoked ones', params: CaseParams, response: { 200: Type.Object({ items: Type.Array(Grant) }), ...errors(401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withCase(ctx, auth, request.params.caseId, async (tx, access) => {
      const grants = await listGrants(tx, access.caseRow.id);
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.grants_read', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE });
      return grants;
    });
    return { items };
  });

  app.post('/api/cases/:caseId/grants', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Record the person\'s consent for a purpose (or a legal basis) that opens a section to another unit', params: CaseParams,
      body: Type.Object({
        unitId: Uuid, sectionType: SectionKey, access: Type.Enum(['read', 'write']), basis: Type.Enum(['consent', 'legal_basis']), purpose: Text(300),
        consentTextId: Type.Optional(Uuid), legalReference: Type.Optional(Text(300)),
      }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const id = await withCase(ctx, auth, request.params.caseId, (tx, access, now) => grantAccess(tx, auth, access, request.body, now));
    return reply.status(201).send({ id });
  });

  app.post('/api/case-grants/:id/revoke', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: { tags, summary: 'Record the revocation of a consent (or end a legal basis); effective on the next request', params: Type.Object({ id: Uuid }), response: { 204: NoContent, ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    let grant: Awaited<ReturnType<typeof loadGrant>> | undefined;
    await withCase(ctx, auth, async (tx) => (grant = await loadGrant(tx, request.params.id)).case_id, (tx, access, now) => revokeGrant(tx, auth, access, grant as NonNullable<typeof grant>, now));
    return reply.status(204).send(null);
  });

  app.post('/api/cases/:caseId/break-glass', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Emergency access to all sections for one hour; needs a reason and is flagged for the data-protection officer', params: CaseParams,
      body: Type.Object({ reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), expiresAt: Type.String() }), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const result = await withCase(ctx, auth, request.params.caseId, (tx, access, now) => breakGlass(tx, auth, access.caseRow, request.body.reason, now));
    return reply.status(201).send(result);
  });

  app.get('/api/break-glass', {
    config: { policy: { access: 'staff', roles: ['dpo'] } },
    schema: {
      tags, summary: 'Emergency accesses for the data-protection officer (by default those not yet reviewed)',
      querystring: Type.Object({ all: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(BreakGlass) }), ...errors(401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(ctx.db, auth.tenantId, (tx) => listBreakGlass(tx, auth, !request.query.all)) };
  });

  app.post('/api/break-glass/:id/review', {
    config: { policy: { access: 'staff', roles: ['dpo'] } },
    schema: { tags, summary: 'Mark an emergency access as reviewed', params: Type.Object({ id: Uuid }), response: { 204: NoContent, ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withTenant(ctx.db, auth.tenantId, (tx) => reviewBreakGlass(tx, auth, request.params.id, ctx.clock.now()));
    return reply.status(204).send(null);
  });
}
