import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/index.js';
import { registerCaseFileRoutes } from './case-routes.js';
import { registerChecklistRoutes } from './checklist-routes.js';
import { registerConferenceRoutes } from './conference-routes.js';
import { registerDocumentRoutes } from './document-routes.js';
import { documentStoreFor, type DocumentStore } from './document-store.js';
import { registerReferralRoutes } from './referral-routes.js';
import { registerSettingsRoutes } from './settings-routes.js';
import { registerSharingRoutes } from './sharing-routes.js';

// The shared case file (E-Akte). Other modules use it only through this file.

export function registerCaseRoutes(app: FastifyInstance, db: Database, config: Config, clock: Clock, store: DocumentStore = documentStoreFor(config)): void {
  const ctx = { db, clock };
  registerCaseFileRoutes(app, ctx);
  registerChecklistRoutes(app, ctx);
  registerDocumentRoutes(app, ctx, store);
  registerSharingRoutes(app, ctx);
  registerReferralRoutes(app, ctx);
  registerConferenceRoutes(app, ctx);
  registerSettingsRoutes(app, ctx);
}

export { escalateOverdueReferrals, referralEscalationJob, ESCALATION_EVERY_MS } from './escalations.js';
export { documentStoreFor, fileDocumentStore, type DocumentStore } from './document-store.js';
export { defaultMatrix, defaultSectionTypes } from './defaults.js';
export { seedDemoConsentTexts, DEMO_CONFERENCE_CONSENT_PURPOSE } from './demo-consent.js';
