import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireAuth } from '../../platform/http/policy.js';
import { errors, Uuid } from '../../platform/http/schemas.js';
import { Task } from './case-routes.js';
import { startChecklist } from './checklists.js';
import { CASE_STAFF, CaseParams, Day, SectionKey, withCase, type CaseContext } from './route-kit.js';

// Starting a process of the process map as a checklist on a case file.

const Started = Type.Object({
  checklistId: Type.String(), processId: Type.String(), processTitle: Type.String(), version: Type.Integer(), tasks: Type.Array(Task),
});

export function registerChecklistRoutes(parent: FastifyInstance, ctx: CaseContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/cases/:caseId/checklists', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags: ['cases'],
      summary: 'Start the tasks of a process model as a checklist in one section (assignee: the section\'s unit unless given)',
      params: CaseParams,
      body: Type.Object({
        processId: Uuid, version: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })), sectionType: SectionKey,
        dueDate: Type.Optional(Day), assigneeUnitId: Type.Optional(Uuid), assigneeStaffId: Type.Optional(Uuid),
      }, { additionalProperties: false }),
      response: { 201: Started, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const started = await withCase(ctx, auth, request.params.caseId, (tx, access, now) => startChecklist(tx, auth, access, request.body, now));
    return reply.status(201).send(started);
  });
}
