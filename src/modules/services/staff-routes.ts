import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { withTenant, type Database } from '../../platform/db/index.js';
import { requireAuth, type RequestAuth, type Role } from '../../platform/http/policy.js';
import { errors, IdParams } from '../../platform/http/schemas.js';
import { CatalogueFile, importCatalogue, exportCatalogue } from './catalogue-transfer.js';
import { ConcernInput } from './concern-model.js';
import { Concern, getConcern, listConcerns, saveConcern } from './concerns.js';
import { loadFinderTree, saveFinderTree } from './finder-store.js';
import { FinderTree } from './finder-tree.js';
import { Location, LocationInput, listLocations, saveLocation } from './locations.js';

// Routes of the staff app for the catalogue, its locations and the finder's
// decision tree. Everyone on staff reads the catalogue (intake sorts walk-ins
// by it); administrators and unit leads change it.

export const CATALOGUE_EDITORS: readonly Role[] = ['admin', 'unit_lead'];
const editors = { access: 'staff', roles: CATALOGUE_EDITORS } as const;
const everyone = { access: 'staff', roles: 'any' } as const;
const tags = ['catalogue'];

const actorOf = (auth: RequestAuth) => ({ id: auth.staffId, label: auth.displayName });

export function registerCatalogueRoutes(parent: FastifyInstance, db: Database): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/concerns', {
    config: { policy: everyone },
    schema: { tags, summary: 'The whole catalogue of concerns, all languages', response: { 200: Type.Object({ items: Type.Array(Concern) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(db, auth.tenantId, (tx) => listConcerns(tx)) };
  });

  app.get('/api/concerns/:id', {
    config: { policy: everyone },
    schema: { tags, summary: 'One concern', params: IdParams, response: { 200: Concern, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => getConcern(tx, request.params.id));
  });

  app.post('/api/concerns', {
    config: { policy: editors },
    schema: { tags, summary: 'Add a concern to the catalogue', body: ConcernInput, response: { 201: Concern, ...errors(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const concern = await withTenant(db, auth.tenantId, (tx) => saveConcern(tx, auth.tenantId, actorOf(auth), request.body));
    return reply.status(201).send(concern);
  });

  app.put('/api/concerns/:id', {
    config: { policy: editors },
    schema: { tags, summary: 'Replace a concern (withdraw it with active: false)', params: IdParams, body: ConcernInput, response: { 200: Concern, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => saveConcern(tx, auth.tenantId, actorOf(auth), request.body, request.params.id));
  });

  app.get('/api/concern-catalogue/export', {
    config: { policy: editors },
    schema: { tags, summary: 'The catalogue as one JSON file (units and locations by name)', response: { 200: CatalogueFile, ...errors(401, 403) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const file = await withTenant(db, auth.tenantId, (tx) => exportCatalogue(tx));
    return reply.header('content-disposition', 'attachment; filename="anliegen-katalog.json"').send(file);
  });

  app.post('/api/concern-catalogue/import', {
    config: { policy: editors },
    schema: {
      tags, summary: 'Import a catalogue file: all concerns or none',
      description: 'Concerns whose id exists here are replaced, others are added. Faults answer CATALOGUE_IMPORT_INVALID with details.problems.',
      body: Type.Unknown(),
      response: { 200: Type.Object({ created: Type.Integer(), updated: Type.Integer() }), ...errors(400, 401, 403, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => importCatalogue(tx, auth.tenantId, actorOf(auth), request.body));
  });

  app.get('/api/finder-tree', {
    config: { policy: editors },
    schema: { tags, summary: "The Anliegen-Finder's decision tree", response: { 200: Type.Object({ tree: Type.Union([FinderTree, Type.Null()]) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { tree: (await withTenant(db, auth.tenantId, (tx) => loadFinderTree(tx))) ?? null };
  });

  app.put('/api/finder-tree', {
    config: { policy: editors },
    schema: {
      tags, summary: "Replace the Anliegen-Finder's decision tree",
      description: 'Checked as a whole (links, loops, German texts, concerns); faults answer FINDER_TREE_INVALID with details.problems.',
      body: Type.Unknown(),
      response: { 200: Type.Object({ tree: FinderTree }), ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return { tree: await withTenant(db, auth.tenantId, (tx) => saveFinderTree(tx, auth.tenantId, actorOf(auth), request.body)) };
  });

  app.get('/api/locations', {
    config: { policy: everyone },
    schema: { tags, summary: 'Locations (offices) of the district', response: { 200: Type.Object({ items: Type.Array(Location) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: await withTenant(db, auth.tenantId, (tx) => listLocations(tx)) };
  });

  app.post('/api/locations', {
    config: { policy: editors },
    schema: { tags, summary: 'Add a location', body: LocationInput, response: { 201: Location, ...errors(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const location = await withTenant(db, auth.tenantId, (tx) => saveLocation(tx, auth.tenantId, actorOf(auth), request.body));
    return reply.status(201).send(location);
  });

  app.put('/api/locations/:id', {
    config: { policy: editors },
    schema: { tags, summary: 'Rename or move a location', params: IdParams, body: LocationInput, response: { 200: Location, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => saveLocation(tx, auth.tenantId, actorOf(auth), request.body, request.params.id));
  });
}
