import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/app.js';
import type { Database } from '../../src/platform/db/index.js';
import { requestLogOptions } from '../../src/platform/http/request-log.js';
import { testConfig } from '../support/app.js';
import { testDatabase } from '../support/database.js';
import { makeStaffWithRole, makeTenant } from '../support/factories.js';

// The request log of a real app at level info, captured line by line: a
// person search leaves the route and the parameter's name in the log, but
// neither the searched name nor the session cookie.

describe('request log', () => {
  let db: Database;
  const lines: string[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;

  before(async () => {
    db = await testDatabase();
    const config = testConfig();
    app = await buildApp({ config, db, logger: requestLogOptions('info', { write: (line) => void lines.push(line) }) });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  it('holds no searched name, no query value and no session cookie', async () => {
    const config = testConfig();
    const tenant = await makeTenant(db);
    const worker = await makeStaffWithRole(app, db, config, tenant, 'case_worker');
    const search = await worker.inject({ method: 'GET', url: `/api/people/search?q=${encodeURIComponent('Abdulkarim Haddad')}` });
    assert.equal(search.statusCode, 200, search.body);

    const requests = lines.map((line) => JSON.parse(line) as { req?: { url: string } }).filter((entry) => entry.req?.url.startsWith('/api/people/search'));
    assert.deepEqual(requests.map((entry) => entry.req?.url), ['/api/people/search?q=[redacted]'], 'the search request is logged, without its value');
    const all = lines.join('\n');
    assert.ok(!/Abdulkarim|Haddad/.test(all), 'the searched name is nowhere in the log');
    assert.ok(!all.includes(worker.cookie.split('=')[1] as string), 'the session token is nowhere in the log');
  });
});
