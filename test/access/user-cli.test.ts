import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { migrate, openDatabase, withTenant, type Database } from '../../src/platform/db/index.js';
import { makePartnerOrganisation, makeTenant, type TestTenant } from '../support/factories.js';

// `lotse user create --partner-org`, run as its own process as an operator
// would: a partner counsellor gets the organisation named by name or id.

const run = promisify(execFile);
const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'lotse-user-cli-'));
let tenant: TestTenant;
let partner: { id: string; name: string };

async function database(): Promise<Database> {
  const db = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir ?? 'memory://' });
  await migrate(db);
  return db;
}

before(async () => {
  // The embedded database allows one process at a time: closed before the CLI runs.
  const db = await database();
  try {
    tenant = await makeTenant(db);
    partner = await makePartnerOrganisation(db, tenant, { name: `Diakonie ${randomUUID().slice(0, 6)}` });
  } finally {
    await db.close();
  }
});
after(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function userCreate(email: string, extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['bin/lotse.mjs', 'user', 'create', '--tenant', tenant.slug, '--email', email, '--name', 'Bea Beratung', '--roles', 'partner_counsellor', ...extra];
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      env: { ...process.env, LOTSE_NEW_PASSWORD: 'ein-langes-Passwort-7', LOTSE_LOG_LEVEL: 'silent', ...(dataDir && { LOTSE_DATA_DIR: dataDir }) },
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('lotse user create --partner-org', () => {
  it('creates a partner counsellor of the organisation named by name or by id, and refuses one without', async () => {
    const byName = `name-${randomUUID().slice(0, 8)}@partner.example`;
    const byId = `id-${randomUUID().slice(0, 8)}@partner.example`;
    const named = await userCreate(byName, ['--partner-org', partner.name]);
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stdout, new RegExp(`Konto angelegt: ${byName} \\(partner_counsellor, ${partner.name}\\)`));
    assert.equal((await userCreate(byId, ['--partner-org', partner.id])).code, 0);

    const missing = await userCreate(`ohne-${randomUUID().slice(0, 8)}@partner.example`, []);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /PARTNER_ORGANISATION_REQUIRED/);
    const unknown = await userCreate(`falsch-${randomUUID().slice(0, 8)}@partner.example`, ['--partner-org', 'Gibt es nicht e. V.']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Partnerorganisation "Gibt es nicht e\. V\." gibt es/);

    const db = await database();
    try {
      const rows = await withTenant(db, tenant.id, (tx) => tx.selectFrom('staff').select(['email', 'partner_organisation_id', 'status']).orderBy('email').execute());
      assert.deepEqual(rows, [byId, byName].sort().map((email) => ({ email, partner_organisation_id: partner.id, status: 'active' })));
    } finally {
      await db.close();
    }
  });
});
