import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Clock } from '../../platform/clock.js';
import { withTenant, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { hasRole, requireAuth, type RequestAuth } from '../../platform/http/policy.js';
import { errors, IdParams } from '../../platform/http/schemas.js';
import { createArticle, listArticles, updateArticle } from './articles.js';
import type { KnowledgeContext } from './context.js';
import { parseDay, todayIn } from './dates.js';
import { renderMarkdown } from './markdown.js';
import { getArticle, getVersion } from './reading.js';
import { listDueReviews } from './reviews.js';
import { ArticleListItem, ArticlePatch, ArticleView, Day, DueReview, NewArticleBody, NewVersionBody, SearchHit, VersionDetail, VersionPatch } from './schemas.js';
import { searchKnowledge } from './search.js';
import { createVersion, endValidity, transitionVersion, updateDraft } from './versions.js';

// Routes of the knowledge base. All staff read; unit leads and administrators
// write and run the review workflow.

export const EDITORS = ['admin', 'unit_lead'] as const;
const tags = ['knowledge'];

export const contextOf = (auth: RequestAuth): KnowledgeContext => ({ tenantId: auth.tenantId, actor: { id: auth.staffId, label: auth.displayName } });

export function registerArticleRoutes(parent: FastifyInstance, db: Database, clock: Clock): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/knowledge/search', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: {
      tags, summary: 'Search articles valid on a day, concerns and processes (German full text)',
      querystring: Type.Object({ q: Type.String({ minLength: 2, maxLength: 200 }), asOf: Type.Optional(Day), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })) }),
      response: { 200: Type.Object({ asOf: Day, items: Type.Array(SearchHit) }), ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const day = request.query.asOf ? parseDay(request.query.asOf) : todayIn(clock);
    const items = await withTenant(db, auth.tenantId, (tx) => searchKnowledge(tx, request.query.q, day, request.query.limit ?? 20));
    return { asOf: day, items };
  });

  app.get('/api/knowledge/articles', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags, summary: 'All articles', querystring: Type.Object({ tag: Type.Optional(Type.String({ maxLength: 200 })) }), response: { 200: Type.Object({ items: Type.Array(ArticleListItem) }), ...errors(400, 401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withTenant(db, auth.tenantId, (tx) => listArticles(tx, todayIn(clock), { tag: request.query.tag }));
    return { items };
  });

  app.post('/api/knowledge/articles', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Create an article with its first version as a draft', body: NewArticleBody, response: { 201: Type.Object({ id: Type.String(), versionId: Type.String() }), ...errors(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const { bodyMarkdown, validFrom, validUntil, changeNote, ...article } = request.body;
    const created = await withTenant(db, auth.tenantId, (tx) => createArticle(tx, contextOf(auth), article, { bodyMarkdown, validFrom, validUntil: validUntil ?? null, changeNote: changeNote ?? '' }));
    return reply.status(201).send(created);
  });

  app.get('/api/knowledge/articles/:id', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: {
      tags, summary: 'An article with the version valid on a day (default today), the changes ahead and the history', params: IdParams,
      querystring: Type.Object({ asOf: Type.Optional(Day) }),
      response: { 200: ArticleView, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const today = todayIn(clock);
    const asOf = request.query.asOf ? parseDay(request.query.asOf) : today;
    return withTenant(db, auth.tenantId, (tx) => getArticle(tx, request.params.id, asOf, today));
  });

  app.patch('/api/knowledge/articles/:id', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Change the metadata of an article', params: IdParams, body: ArticlePatch, response: { 200: ArticleView, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const today = todayIn(clock);
    return withTenant(db, auth.tenantId, async (tx) => {
      await updateArticle(tx, contextOf(auth), request.params.id, request.body);
      return getArticle(tx, request.params.id, today, today);
    });
  });

  app.post('/api/knowledge/articles/:id/versions', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Add a draft version with its validity period', params: IdParams, body: NewVersionBody, response: { 201: VersionDetail, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const version = await withTenant(db, auth.tenantId, async (tx) => {
      const article = await tx.selectFrom('knowledge_articles').select('title').where('id', '=', request.params.id).executeTakeFirst();
      const { id } = await createVersion(tx, contextOf(auth), request.params.id, { ...request.body, title: request.body.title ?? article?.title ?? '' });
      return getVersion(tx, id);
    });
    return reply.status(201).send(version);
  });

  app.get('/api/knowledge/versions/:id', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: { tags, summary: 'One version of an article', params: IdParams, response: { 200: VersionDetail, ...errors(401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => getVersion(tx, request.params.id));
  });

  app.patch('/api/knowledge/versions/:id', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Edit a draft', params: IdParams, body: VersionPatch, response: { 200: VersionDetail, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      await updateDraft(tx, contextOf(auth), request.params.id, request.body);
      return getVersion(tx, request.params.id);
    });
  });

  for (const transition of ['submit', 'return', 'publish'] as const) {
    app.post(`/api/knowledge/versions/:id/${transition}`, {
      config: { policy: { access: 'staff', roles: EDITORS } },
      schema: {
        tags, summary: { submit: 'Send a draft to review', return: 'Send a version under review back to draft', publish: 'Publish a reviewed version' }[transition], params: IdParams,
        body: Type.Object({ reviewBy: Type.Optional(Type.Union([Day, Type.Null()])) }, { additionalProperties: false }),
        response: { 200: VersionDetail, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => {
      const auth = requireAuth(request);
      return withTenant(db, auth.tenantId, async (tx) => {
        await transitionVersion(tx, contextOf(auth), request.params.id, transition, { today: todayIn(clock), reviewBy: request.body.reviewBy ?? null });
        return getVersion(tx, request.params.id);
      });
    });
  }

  app.post('/api/knowledge/versions/:id/end-validity', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Set the last day of a published version (the law changes)', params: IdParams, body: Type.Object({ validUntil: Day }, { additionalProperties: false }), response: { 200: VersionDetail, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      await endValidity(tx, contextOf(auth), request.params.id, request.body.validUntil);
      return getVersion(tx, request.params.id);
    });
  });

  app.post('/api/knowledge/preview', {
    config: { policy: { access: 'staff', roles: EDITORS } },
    schema: { tags, summary: 'Render Markdown as the article page will show it (sanitised)', body: Type.Object({ markdown: Type.String({ maxLength: 200_000 }) }, { additionalProperties: false }), response: { 200: Type.Object({ html: Type.String() }), ...errors(400, 401, 403) } },
  }, async (request) => ({ html: renderMarkdown(request.body.markdown) }));

  app.get('/api/knowledge/reviews/due', {
    config: { policy: { access: 'staff', roles: 'any' } },
    schema: {
      tags, summary: 'Articles whose review date has passed: mine, or all (leads and administrators)',
      querystring: Type.Object({ scope: Type.Optional(Type.Enum(['mine', 'all'])) }),
      response: { 200: Type.Object({ today: Day, items: Type.Array(DueReview) }), ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const all = request.query.scope === 'all';
    if (all && !hasRole(auth, EDITORS)) throw new AppError('FORBIDDEN', 'reviews of all owners');
    const today = todayIn(clock);
    const items = await withTenant(db, auth.tenantId, (tx) => listDueReviews(tx, today, all ? undefined : auth.staffId));
    return { today, items };
  });
}
