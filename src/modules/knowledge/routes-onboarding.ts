import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Clock } from '../../platform/clock.js';
import { withTenant, type Database } from '../../platform/db/index.js';
import { requireAuth, type RequestAuth } from '../../platform/http/policy.js';
import { errors, IdParams, NoContent } from '../../platform/http/schemas.js';
import { todayIn } from './dates.js';
import { assignPath, confirmStep, onboardingCandidates, createPath, getPath, listPaths, myPaths, pathProgress, updatePath, type Manager } from './onboarding.js';
import { contextOf, EDITORS } from './routes-articles.js';
import { MyPath, NewcomerProgress, PathBody, PathListItem, PathView } from './schemas.js';

// Routes of onboarding paths: leads and administrators build paths and assign
// newcomers; every staff member works through their own; leads see the
// progress of the newcomers in their units.

const tags = ['onboarding'];
const managerOf = (auth: RequestAuth): Manager => ({ staffId: auth.staffId, isAdmin: auth.roles.includes('admin'), unitIds: auth.unitIds });

export function registerOnboardingRoutes(parent: FastifyInstance, db: Database, clock: Clock): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/knowledge/onboarding/paths', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags, summary: 'All onboarding paths', response: { 200: Type.Object({ items: Type.Array(PathListItem) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(db, auth.tenantId, (tx) => listPaths(tx)) };
  });

  app.post('/api/knowledge/onboarding/paths', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Create an onboarding path', body: PathBody, response: { 201: PathView, ...errors(400, 401, 403) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const path = await withTenant(db, auth.tenantId, async (tx) => getPath(tx, (await createPath(tx, contextOf(auth), request.body)).id));
    return reply.status(201).send(path);
  });

  app.get('/api/knowledge/onboarding/paths/:id', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags, summary: 'One onboarding path with its steps', params: IdParams, response: { 200: PathView, ...errors(401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => getPath(tx, request.params.id));
  });

  app.put('/api/knowledge/onboarding/paths/:id', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Replace title, description and steps of a path', params: IdParams, body: PathBody, response: { 200: PathView, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      await updatePath(tx, contextOf(auth), request.params.id, request.body);
      return getPath(tx, request.params.id);
    });
  });

  app.post('/api/knowledge/onboarding/paths/:id/assignments', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: {
      tags, summary: 'Assign a path to a newcomer (unit leads: staff of their units)', params: IdParams,
      body: Type.Object({ staffId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      response: { 204: NoContent, ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withTenant(db, auth.tenantId, (tx) => assignPath(tx, contextOf(auth), managerOf(auth), request.params.id, request.body.staffId));
    return reply.status(204).send(null);
  });

  app.get('/api/knowledge/onboarding/candidates', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: {
      tags, summary: 'Staff the caller may assign a path to (unit leads: staff of their units)',
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String() })) }), ...errors(401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(db, auth.tenantId, (tx) => onboardingCandidates(tx, managerOf(auth))) };
  });

  app.get('/api/knowledge/onboarding/mine', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags, summary: 'My onboarding paths with the state of each step', response: { 200: Type.Object({ items: Type.Array(MyPath) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(db, auth.tenantId, (tx) => myPaths(tx, auth.staffId, todayIn(clock))) };
  });

  app.post('/api/knowledge/onboarding/paths/:id/confirmations', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: {
      tags, summary: 'Confirm that I have read one step of my path', params: IdParams,
      body: Type.Object({ position: Type.Integer({ minimum: 1, maximum: 1000 }) }, { additionalProperties: false }),
      response: { 200: MyPath, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const day = todayIn(clock);
    return withTenant(db, auth.tenantId, async (tx) => {
      await confirmStep(tx, contextOf(auth), auth.staffId, request.params.id, request.body.position, day);
      const mine = await myPaths(tx, auth.staffId, day);
      return mine.find((path) => path.id === request.params.id) as (typeof mine)[number];
    });
  });

  app.get('/api/knowledge/onboarding/paths/:id/progress', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: {
      tags, summary: 'Progress of the newcomers on a path (unit leads: staff of their units); audited', params: IdParams,
      response: { 200: Type.Object({ path: PathView, newcomers: Type.Array(NewcomerProgress) }), ...errors(401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => pathProgress(tx, contextOf(auth), managerOf(auth), request.params.id, todayIn(clock)));
  });
}
