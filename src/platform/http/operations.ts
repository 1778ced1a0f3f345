import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Registry, collectDefaultMetrics, Histogram } from 'prom-client';
import { Type } from 'typebox';
import { pendingMigrations, type Database } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { errors } from './schemas.js';

// Health for the load balancer, readiness for the orchestrator, metrics for
// Prometheus. /healthz never touches the database: a slow database must not
// get healthy processes killed.

const READY_TIMEOUT_MS = 2000;

export function registerOperationsRoutes(app: FastifyInstance, db: Database): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'lotse_http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    // Route templates, not raw URLs, so ids do not explode the label space.
    duration.observe({ route: request.routeOptions.url ?? 'unmatched', method: request.method, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get('/healthz', {
    config: { policy: { access: 'public' } },
    schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', {
    config: { policy: { access: 'public' } },
    schema: {
      tags: ['operations'], summary: 'The database is reachable and all migrations are applied',
      response: { 200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }), ...errors(503) },
    },
  }, async () => {
    let pending: string[];
    try {
      pending = await withTimeout(
        (async () => {
          await sql`select 1`.execute(db.kysely);
          return pendingMigrations(db);
        })(),
        READY_TIMEOUT_MS,
      );
    } catch (error) {
      throw new AppError('DATABASE_UNAVAILABLE', (error as Error).message);
    }
    if (pending.length > 0) throw new AppError('DATABASE_UNAVAILABLE', `pending migrations: ${pending.join(', ')}`);
    return { status: 'ready' as const, database: db.kind };
  });

  app.get('/metrics', {
    config: { policy: { access: 'public' } },
    schema: { tags: ['operations'], summary: 'Prometheus metrics', hide: true },
  }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
