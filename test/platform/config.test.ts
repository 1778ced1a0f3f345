import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/platform/config/config.js';

describe('configuration', () => {
  it('defaults to the embedded database on port 3000 and is frozen', () => {
    const config = loadConfig({});
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, './data');
    assert.equal(config.seedDemo, true);
    assert.ok(Object.isFrozen(config));
    assert.throws(() => {
      (config as { port: number }).port = 1;
    });
  });

  it('does not seed demo data into PostgreSQL unless asked', () => {
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://db.example/lotse' }).seedDemo, false);
  });

  it('names the variable of a wrong value', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ PORT: 'achtzig' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
      [{ LOTSE_SEED_DEMO: 'vielleicht' }, 'LOTSE_SEED_DEMO'],
      [{ LOTSE_LOG_LEVEL: 'laut' }, 'LOTSE_LOG_LEVEL'],
      [{ LOTSE_OIDC_ISSUER: 'http://idp.example' , LOTSE_OIDC_CLIENT_ID: 'x', LOTSE_OIDC_CLIENT_SECRET: 'y', LOTSE_OIDC_TENANT: 't' }, 'LOTSE_OIDC_ISSUER'],
      [{ LOTSE_OIDC_ISSUER: 'https://idp.example' }, 'LOTSE_OIDC_CLIENT_ID'],
      [{ LOTSE_OIDC_ISSUER: 'https://idp.example', LOTSE_OIDC_CLIENT_ID: 'x', LOTSE_OIDC_CLIENT_SECRET: 'y', LOTSE_OIDC_TENANT: 't', LOTSE_OIDC_ROLE_MAP: '[1]' }, 'LOTSE_OIDC_ROLE_MAP'],
      [{ LOTSE_OIDC_ISSUER: 'https://idp.example', LOTSE_OIDC_CLIENT_ID: 'x', LOTSE_OIDC_CLIENT_SECRET: 'y', LOTSE_OIDC_TENANT: 't', LOTSE_OIDC_ROLE_MAP: '{"chef":"kaiser"}' }, 'LOTSE_OIDC_ROLE_MAP'],
    ];
    for (const [env, variable] of cases) {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === variable && error.message.includes(variable), JSON.stringify(env));
    }
  });

  it('stops the process with a message naming the variable', () => {
    const result = spawnSync(process.execPath, ['bin/lotse.mjs', 'start'], { env: { ...process.env, PORT: 'achtzig' }, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Configuration error in PORT: must be a whole number/);
  });
});
