import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant } from '../../platform/db/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { errors } from '../../platform/http/schemas.js';
import { unitTypes } from '../access/index.js';
import { actorOf } from './access.js';
import { SectionKey, Text, type CaseContext } from './route-kit.js';
import { loadSettings, saveSettings } from './settings.js';

// The tenant's section types and need-to-know matrix.

const SectionTypeSchema = Type.Object({ key: SectionKey, label: Text(200), ownerUnitType: Type.Enum(unitTypes), position: Type.Integer({ minimum: 0, maximum: 1000 }) }, { additionalProperties: false });
const MatrixEntrySchema = Type.Object({ unitType: Type.Enum(unitTypes), sectionType: SectionKey, access: Type.Enum(['none', 'read', 'write']), specialCategory: Type.Boolean() }, { additionalProperties: false });
const Settings = Type.Object({ sectionTypes: Type.Array(SectionTypeSchema), matrix: Type.Array(MatrixEntrySchema), custom: Type.Boolean() });

export function registerSettingsRoutes(parent: FastifyInstance, ctx: CaseContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['cases'];

  app.get('/api/case-settings', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags, summary: 'Section types and need-to-know matrix of the tenant', response: { 200: Settings, ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(ctx.db, auth.tenantId, (tx) => loadSettings(tx)) as Promise<Type.Static<typeof Settings>>;
  });

  app.put('/api/case-settings', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: {
      tags, summary: 'Replace section types and matrix (unit types not listed for a section get no access)',
      body: Type.Object({ sectionTypes: Type.Array(SectionTypeSchema, { minItems: 1, maxItems: 30 }), matrix: Type.Array(MatrixEntrySchema, { maxItems: 300 }) }, { additionalProperties: false }),
      response: { 200: Settings, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(ctx.db, auth.tenantId, async (tx) => {
      const saved = await saveSettings(tx, auth.tenantId, request.body);
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.settings_update', subjectType: 'case_settings', purpose: 'Verwaltung der Organisation', details: { sectionTypes: request.body.sectionTypes.map((s) => s.key), matrixEntries: request.body.matrix.length } });
      return saved as Type.Static<typeof Settings>;
    });
  });
}
