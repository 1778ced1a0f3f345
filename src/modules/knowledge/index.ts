import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/index.js';
import { registerArticleRoutes } from './routes-articles.js';
import { registerOnboardingRoutes } from './routes-onboarding.js';

// The knowledge base (Wissensbasis) and onboarding paths. Other modules use
// only what is exported here.

export function registerKnowledgeRoutes(app: FastifyInstance, db: Database, clock: Clock): void {
  registerArticleRoutes(app, db, clock);
  registerOnboardingRoutes(app, db, clock);
}

export { createArticle, type ArticleInput } from './articles.js';
export { createVersion, transitionVersion, type VersionInput } from './versions.js';
export { getArticle, versionValidOn } from './reading.js';
export { searchKnowledge, type SearchHit } from './search.js';
export { listDueReviews } from './reviews.js';
export { renderMarkdown } from './markdown.js';
export { seedDemoKnowledge } from './seed.js';
