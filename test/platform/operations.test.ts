import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { testApp, type TestContext } from '../support/app.js';

let ctx: TestContext;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

describe('operations endpoints', () => {
  it('reports alive and ready with the database kind', async () => {
    const health = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    assert.deepEqual(health.json(), { status: 'ok' });
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().database, process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('exposes Prometheus metrics including request durations by route', async () => {
    await ctx.app.inject({ method: 'GET', url: '/healthz' });
    const metrics = await ctx.app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(metrics.statusCode, 200);
    assert.match(metrics.headers['content-type'] as string, /text\/plain/);
    assert.match(metrics.body, /lotse_http_request_duration_seconds_bucket\{[^}]*route="\/healthz"/);
    assert.match(metrics.body, /process_cpu_user_seconds_total/);
  });

  it('serves an OpenAPI document that validates and names every API route', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    const validated = await SwaggerParser.validate(structuredClone(document));
    assert.equal(validated.info.title, 'Lotse API');
    for (const path of ['/api/auth/login', '/api/units', '/api/units/{id}', '/api/staff', '/api/audit', '/api/audit/verify']) {
      assert.ok(document.paths[path], `${path} missing from OpenAPI`);
    }
    assert.ok(document.components.schemas.ErrorBody, 'shared error schema missing');
    const docsPage = await ctx.app.inject({ method: 'GET', url: '/api/docs' });
    assert.ok([200, 302].includes(docsPage.statusCode));
  });
});
