import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findTenantBySlug, type Tenant } from '../access/index.js';
import { withSystem, withTenant, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { errors, Uuid } from '../../platform/http/schemas.js';
import { loadFinderTree } from './finder-store.js';
import { FinderStepView, PublicConcern, PublicLanguage, finderStep, publicConcerns } from './public-catalogue.js';
import { publicRateLimit } from './rate-limit.js';

// Public routes of the catalogue and the Anliegen-Finder: no session, the
// district comes from the address (/api/public/<slug>/…). Every one of them
// is rate-limited per client address before anything else happens.

const TenantSlug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' });
const LanguageQuery = Type.Object({ lang: Type.Optional(PublicLanguage) }, { additionalProperties: false });
const tags = ['public'];
const publicPolicy = { access: 'public' } as const;

async function tenantOf(db: Database, slug: string): Promise<Tenant> {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new AppError('NOT_FOUND', `tenant ${slug}`);
  return tenant;
}

export function registerPublicCatalogueRoutes(parent: FastifyInstance, db: Database): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const limited = publicRateLimit(db, 'catalogue');

  app.get('/api/public/tenant', {
    config: { policy: publicPolicy },
    onRequest: limited,
    schema: {
      tags, summary: 'The district that /finder and the other public pages without a district in the address serve',
      description: 'The first district configured in this installation (most installations serve one).',
      response: { 200: Type.Object({ slug: Type.String(), name: Type.String() }), ...errors(404, 429) },
    },
  }, async () => {
    const tenant = await withSystem(db, (tx) => tx.selectFrom('tenants').select(['slug', 'name']).orderBy('created_at').orderBy('slug').executeTakeFirst());
    if (!tenant) throw new AppError('NOT_FOUND', 'no tenant');
    return tenant;
  });

  app.get('/api/public/:tenantSlug/concerns', {
    config: { policy: publicPolicy },
    onRequest: limited,
    schema: {
      tags, summary: 'The offered concerns in one language (German where a text is missing)',
      params: Type.Object({ tenantSlug: TenantSlug }), querystring: LanguageQuery,
      response: { 200: Type.Object({ items: Type.Array(PublicConcern) }), ...errors(400, 404, 429) },
    },
  }, async (request) => {
    const tenant = await tenantOf(db, request.params.tenantSlug);
    return { items: await withTenant(db, tenant.id, (tx) => publicConcerns(tx, request.query.lang ?? 'de')) };
  });

  app.get('/api/public/:tenantSlug/concerns/:id', {
    config: { policy: publicPolicy },
    onRequest: limited,
    schema: {
      tags, summary: 'One offered concern in one language',
      params: Type.Object({ tenantSlug: TenantSlug, id: Uuid }), querystring: LanguageQuery,
      response: { 200: PublicConcern, ...errors(400, 404, 429) },
    },
  }, async (request) => {
    const tenant = await tenantOf(db, request.params.tenantSlug);
    const [concern] = await withTenant(db, tenant.id, (tx) => publicConcerns(tx, request.query.lang ?? 'de', [request.params.id]));
    if (!concern) throw new AppError('NOT_FOUND', `concern ${request.params.id}`);
    return concern;
  });

  app.get('/api/public/:tenantSlug/finder', {
    config: { policy: publicPolicy },
    onRequest: limited,
    schema: {
      tags, summary: 'One step of the Anliegen-Finder: the next question, or the checklist',
      description: '`path` lists the ids of the answers chosen so far, separated by commas.',
      params: Type.Object({ tenantSlug: TenantSlug }),
      querystring: Type.Object({ lang: Type.Optional(PublicLanguage), path: Type.Optional(Type.String({ maxLength: 1000, pattern: '^[a-z0-9,-]*$' })) }, { additionalProperties: false }),
      response: { 200: FinderStepView, ...errors(400, 404, 429) },
    },
  }, async (request) => {
    const tenant = await tenantOf(db, request.params.tenantSlug);
    const path = (request.query.path ?? '').split(',').filter((id) => id !== '');
    return withTenant(db, tenant.id, async (tx) => finderStep(tx, tenant.name, await loadFinderTree(tx), request.query.lang ?? 'de', path));
  });
}
