import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { Clock } from '../../src/platform/clock.js';
import { loadConfig, type Config } from '../../src/platform/config/config.js';
import type { Database } from '../../src/platform/db/index.js';
import { testDatabase } from './database.js';

export interface TestContext {
  app: FastifyInstance;
  db: Database;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOTSE_SERVE_WEB: 'false', LOTSE_PUBLIC_URL: 'http://lotse.test', ...env });
}

export async function testApp(env: Record<string, string> = {}, db?: Database, clock?: Clock): Promise<TestContext> {
  const database = db ?? (await testDatabase());
  const config = testConfig(env);
  const app = await buildApp({ config, db: database, logger: false, ...(clock && { clock }) });
  await app.ready();
  return {
    app,
    db: database,
    config,
    async close() {
      await app.close();
      if (!db) await database.close();
    },
  };
}

/** A logged-in caller: sends the session cookie and the CSRF header. */
export interface Caller {
  staffId: string;
  tenantId: string;
  cookie: string;
  csrfToken: string;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export function callerFor(app: FastifyInstance, session: { staffId: string; tenantId: string; token: string; csrfToken: string }): Caller {
  const cookie = `lotse_session=${session.token}`;
  return {
    staffId: session.staffId,
    tenantId: session.tenantId,
    cookie,
    csrfToken: session.csrfToken,
    inject: (options) =>
      app.inject({ ...options, headers: { cookie, 'x-csrf-token': session.csrfToken, ...(options.headers ?? {}) } } as InjectOptions),
  };
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json() as T;
}
