import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { localDay } from '../../src/modules/cases/dates.js';
import { migrate, openDatabase, withTenant, type Database } from '../../src/platform/db/index.js';
import { json, testApp } from '../support/app.js';
import { makeAgency, makeCase, type Agency } from './support.js';

// `lotse referrals escalate`, run as its own process as an operator's cron
// job would: a referral whose due day has passed is escalated once, one due
// later is not. The CLI runs on the real clock, so the due days are counted
// from today.

const run = promisify(execFile);
const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'lotse-escalate-'));
let db: Database | undefined;
let agency: Agency;
const ids = {} as Record<'overdue' | 'later', string>;

const dayBefore = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

before(async () => {
  db = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir ?? 'memory://' });
  await migrate(db);
  const ctx = await testApp({}, db);
  try {
    agency = await makeAgency(ctx);
    const { caseId } = await makeCase(ctx, agency);
    for (const [key, dueDate] of [['overdue', dayBefore(localDay(new Date()))], ['later', '2099-12-31']] as const) {
      const created = await agency.workers.immigration.inject({
        method: 'POST', url: `/api/cases/${caseId}/referrals`,
        payload: { fromUnitId: agency.unitIds.immigration, toUnitId: agency.unitIds.integration, concernText: 'Kurs', handoverNote: 'Bitte.', dueDate, sectionTypes: [] },
      });
      assert.equal(created.statusCode, 201, created.body);
      ids[key] = json<{ id: string }>(created).id;
    }
  } finally {
    await ctx.close();
  }
  // The embedded database allows one process at a time: hand it to the CLI.
  if (dataDir) {
    await db.close();
    db = undefined;
  }
});
after(async () => {
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function escalate(): Promise<string> {
  const { stdout } = await run(process.execPath, ['bin/lotse.mjs', 'referrals', 'escalate', '--tenant', agency.tenant.slug], {
    env: { ...process.env, ...(dataDir && { LOTSE_DATA_DIR: dataDir }) },
    encoding: 'utf8',
  });
  return stdout;
}

describe('lotse referrals escalate', () => {
  it('escalates the overdue referral once, and not the one due later', async () => {
    assert.match(await escalate(), new RegExp(`${agency.tenant.slug}: 1 überfällige Weiterleitung\\(en\\) eskaliert`));
    assert.match(await escalate(), new RegExp(`${agency.tenant.slug}: 0 überfällige Weiterleitung\\(en\\) eskaliert`), 'the second run escalates nothing');
    db ??= openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir ?? 'memory://' });
    const rows = await withTenant(db, agency.tenant.id, (tx) => tx.selectFrom('referrals').select(['id', 'escalated_at']).where('id', 'in', [ids.overdue, ids.later]).execute());
    assert.ok(rows.find((row) => row.id === ids.overdue)?.escalated_at);
    assert.equal(rows.find((row) => row.id === ids.later)?.escalated_at, null);
    const audit = await withTenant(db, agency.tenant.id, (tx) => tx.selectFrom('audit_log').select('subject_id').where('action', '=', 'case.referral_escalate').execute());
    assert.deepEqual(audit.map((row) => row.subject_id), [ids.overdue]);
  });
});
