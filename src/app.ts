import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { systemClock, type Clock } from './platform/clock.js';
import type { Config } from './platform/config/config.js';
import type { Database } from './platform/db/index.js';
import { AppError } from './platform/errors/index.js';
import { EventBus } from './platform/events/index.js';
import { registerErrorHandling, sendError } from './platform/http/error-handler.js';
import { registerOperationsRoutes } from './platform/http/operations.js';
import { registerPolicyEnforcement } from './platform/http/policy.js';
import { loggableUrl, requestLogOptions } from './platform/http/request-log.js';
import { registerValidation } from './platform/http/validation.js';
import { ErrorBody } from './platform/http/schemas.js';
import { registerAuthRoutes, registerPartnerRoutes, registerStaffRoutes, registerUnitRoutes, sessionAuthenticator } from './modules/access/index.js';
import { registerOidcRoutes } from './modules/access/oidc.js';
import { registerAuditRoutes } from './modules/audit/index.js';
import { registerPeopleRoutes } from './modules/people/index.js';
import { registerCaseRoutes } from './modules/cases/index.js';
import { registerAppointmentRoutes } from './modules/appointments/index.js';
import { registerKnowledgeRoutes } from './modules/knowledge/index.js';
import { registerIntakeRoutes } from './modules/intake/index.js';
import { registerServicesRoutes } from './modules/services/index.js';
import { registerProcessRoutes } from './modules/processes/index.js';

// The composition root: one Fastify instance with the platform's hooks and
// every module's routes. The HTTP server, the tests and the benchmarks all
// build the app through this function.

const webDist = fileURLToPath(new URL('../web/dist/', import.meta.url));

export interface AppOptions {
  config: Config;
  db: Database;
  logger?: FastifyServerOptions['logger'];
  /** The clock of the domain; tests about time pass a ManualClock. */
  clock?: Clock;
}

export async function buildApp({ config, db, logger, clock = systemClock }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? requestLogOptions(config.logLevel),
    bodyLimit: 1_048_576,
    trustProxy: config.env === 'production',
  });

  app.addSchema(ErrorBody);
  registerValidation(app);
  await app.register(cookie);
  registerErrorHandling(app);
  const bus = new EventBus(db, (error) => app.log.warn({ err: error }, 'event bus disconnected; retrying'));
  app.addHook('onReady', () => bus.start());
  app.addHook('onClose', () => bus.stop());
  registerPolicyEnforcement(app, sessionAuthenticator(db, config, bus));

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Lotse API', version: '0.1.0', description: 'Municipal integration management. Every error answers with ErrorBody; codes are listed in docs/errors.md.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lotse_session' } } },
      security: [{ session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(async (docs) => {
    markPublic(docs);
    await docs.register(swaggerUi, { routePrefix: '/api/docs' });
  });

  registerOperationsRoutes(app, db);
  registerAuthRoutes(app, db, config);
  registerOidcRoutes(app, db, config);
  registerUnitRoutes(app, db);
  registerPartnerRoutes(app, db);
  registerStaffRoutes(app, db, config);
  registerAuditRoutes(app, db);
  // The modules of the one-stop agency, one register call each (pass `clock` where time matters):
  registerPeopleRoutes(app, db, clock);
  registerKnowledgeRoutes(app, db, clock);
  registerIntakeRoutes(app, db, config, clock, bus);
  registerServicesRoutes(app, db);
  registerAppointmentRoutes(app, db, config, clock);
  registerProcessRoutes(app, db);
  registerCaseRoutes(app, db, config, clock);

  const indexHtml = config.serveWeb && existsSync(`${webDist}index.html`) ? readFileSync(`${webDist}index.html`, 'utf8') : undefined;
  if (indexHtml) {
    await app.register(async (web) => {
      markPublic(web);
      await web.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/metrics');
    // The web app routes on the client; every page address gets its shell.
    if (indexHtml && isPage) return reply.type('text/html; charset=utf-8').send(indexHtml);
    return sendError(request, reply, new AppError('ROUTE_NOT_FOUND', `${request.method} ${loggableUrl(request.url)}`));
  });

  return app;
}

/** Routes that a plugin registers (docs, static files) are public by design. */
function markPublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...(route.config ?? {}), policy: { access: 'public' } };
  });
}
