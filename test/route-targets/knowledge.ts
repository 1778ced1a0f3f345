import { createArticle, createVersion, transitionVersion } from '../../src/modules/knowledge/index.js';
import { assignPath, createPath } from '../../src/modules/knowledge/onboarding.js';
import { withTenant } from '../../src/platform/db/index.js';
import { makeStaff } from '../support/factories.js';
import type { TargetFactory } from './types.js';

// Records of the knowledge base for the route-by-role test. Each workflow
// route gets its own version in the state it needs, because the test calls
// every route once as the home tenant.

export const targets: TargetFactory = async ({ ctx, home, homeAdmin }) => {
  const newcomer = await makeStaff(ctx.db, home);
  return withTenant(ctx.db, home.id, async (tx) => {
    const kctx = { tenantId: home.id, actor: { id: null, label: 'Test' } };
    const step = async (versionId: string, ...transitions: Array<'submit' | 'publish'>) => {
      for (const transition of transitions) await transitionVersion(tx, kctx, versionId, transition, { today: '2026-01-01' });
    };
    const published = await createArticle(tx, kctx, { title: 'Ziel veröffentlicht' }, { bodyMarkdown: 'a', validFrom: '2020-01-01', validUntil: '2020-12-31' });
    await step(published.versionId, 'submit', 'publish');
    const draft = await createVersion(tx, kctx, published.id, { title: 'Entwurf', bodyMarkdown: 'b', validFrom: '2030-01-01', validUntil: '2030-12-31' });
    const toSubmit = await createVersion(tx, kctx, published.id, { title: 'Einzureichen', bodyMarkdown: 'c', validFrom: '2031-01-01', validUntil: '2031-12-31' });
    const toReturn = await createVersion(tx, kctx, published.id, { title: 'Zurück', bodyMarkdown: 'd', validFrom: '2032-01-01', validUntil: '2032-12-31' });
    await step(toReturn.id, 'submit');
    const toPublish = await createVersion(tx, kctx, published.id, { title: 'Freizugeben', bodyMarkdown: 'e', validFrom: '2033-01-01', validUntil: '2033-12-31' });
    await step(toPublish.id, 'submit');
    const current = await createArticle(tx, kctx, { title: 'Heute gültig' }, { bodyMarkdown: 'f', validFrom: '2000-01-01' });
    await step(current.versionId, 'submit', 'publish');
    const path = await createPath(tx, kctx, { title: 'Pfad', steps: [{ kind: 'article', id: current.id }] });
    const editablePath = await createPath(tx, kctx, { title: 'Pfad zum Ändern', steps: [] });
    await assignPath(tx, kctx, { staffId: homeAdmin.staffId, isAdmin: true, unitIds: [] }, path.id, homeAdmin.staffId);
    return {
      'GET /api/knowledge/articles/:id': { params: { id: published.id } },
      'PATCH /api/knowledge/articles/:id': { params: { id: published.id }, body: { tags: ['Übernommen'] } },
      'POST /api/knowledge/articles/:id/versions': { params: { id: published.id }, body: { bodyMarkdown: 'neu', validFrom: '2040-01-01', validUntil: '2040-12-31' } },
      'GET /api/knowledge/versions/:id': { params: { id: published.versionId } },
      'PATCH /api/knowledge/versions/:id': { params: { id: draft.id }, body: { changeNote: 'Übernommen' } },
      'POST /api/knowledge/versions/:id/submit': { params: { id: toSubmit.id }, body: {} },
      'POST /api/knowledge/versions/:id/return': { params: { id: toReturn.id }, body: {} },
      'POST /api/knowledge/versions/:id/publish': { params: { id: toPublish.id }, body: {} },
      'POST /api/knowledge/versions/:id/end-validity': { params: { id: published.versionId }, body: { validUntil: '2020-06-30' } },
      'GET /api/knowledge/onboarding/paths/:id': { params: { id: path.id } },
      'PUT /api/knowledge/onboarding/paths/:id': { params: { id: editablePath.id }, body: { title: 'Übernommen', steps: [] } },
      'POST /api/knowledge/onboarding/paths/:id/assignments': { params: { id: editablePath.id }, body: { staffId: newcomer.id } },
      'POST /api/knowledge/onboarding/paths/:id/confirmations': { params: { id: path.id }, body: { position: 1 } },
      'GET /api/knowledge/onboarding/paths/:id/progress': { params: { id: path.id } },
    };
  });
};
