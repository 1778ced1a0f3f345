import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/index.js';
import { registerPublicCatalogueRoutes } from './public-routes.js';
import { registerCatalogueRoutes } from './staff-routes.js';

// The concern catalogue (Anliegen / Leistungen) and the Anliegen-Finder.

export function registerServicesRoutes(app: FastifyInstance, db: Database): void {
  registerCatalogueRoutes(app, db);
  registerPublicCatalogueRoutes(app, db);
}

export { CONTENT_LANGUAGES, isContentLanguage, type ContentLanguage } from './languages.js';
export { channels, type Channel, type ConcernInput } from './concern-model.js';
export { getConcern, listConcerns, saveConcern, type Concern } from './concerns.js';
export { listLocations, saveLocation, type Location } from './locations.js';
export { publicConcerns, type PublicConcern } from './public-catalogue.js';
export { countPublicRequest, publicRateLimit, PUBLIC_READ_RULE, type RateRule } from './rate-limit.js';
export { seedDemoCatalogue } from './demo/seed.js';
