import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type RawBuilder } from 'kysely';
import { entryHash } from '../../src/platform/audit/index.js';
import { migrate, openDatabase, withSystem, type Database } from '../../src/platform/db/index.js';
import { makeStaff, makeTenant, type TestTenant } from '../support/factories.js';

// Someone with database access edits the audit log by hand: `lotse audit
// verify` must notice a changed, a removed, an inserted row and a cut-off
// tail, and name the tenant and entry. The CLI runs as its own process, as an
// operator would run it.

const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'lotse-audit-'));
let db: Database;
const tenants: Record<'changed' | 'removed' | 'inserted' | 'truncated', TestTenant> = {} as never;

function open(): Database {
  return openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir ?? 'memory://' });
}

async function runVerify(): Promise<{ status: number | null; output: string }> {
  // The embedded database allows one process at a time: hand it to the CLI.
  if (dataDir) await db.close();
  const result = spawnSync(process.execPath, ['bin/lotse.mjs', 'audit', 'verify', '--tenant', ...Object.values(tenants).map((t) => t.slug)], {
    env: { ...process.env, ...(dataDir && { LOTSE_DATA_DIR: dataDir }) },
    encoding: 'utf8',
  });
  if (dataDir) db = open();
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Edits by SQL as the owner, with the append-only trigger switched off, as an intruder would. */
async function tamper(statement: RawBuilder<unknown>): Promise<void> {
  await withSystem(db, async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    await statement.execute(tx);
  });
}

before(async () => {
  db = open();
  await migrate(db);
  for (const name of ['changed', 'removed', 'inserted', 'truncated'] as const) {
    tenants[name] = await makeTenant(db);
    for (let i = 0; i < 3; i += 1) await makeStaff(db, tenants[name]);
  }
});
after(async () => {
  await db.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('lotse audit verify', () => {
  it('reports intact chains with exit code 0', async () => {
    const { status, output } = await runVerify();
    assert.equal(status, 0, output);
    for (const tenant of Object.values(tenants)) assert.match(output, new RegExp(`${tenant.slug}: \\d+ Einträge geprüft, Kette intakt`));
  });

  it('names every kind of tampering with tenant, entry and exit code 1', async () => {
    await tamper(sql`update audit_log set action = 'unit.read' where tenant_id = ${tenants.changed.id} and seq = 2`);
    await tamper(sql`delete from audit_log where tenant_id = ${tenants.removed.id} and seq = 2`);
    // A careful intruder makes room at entry 3 and forges a row whose own hash is right.
    const inserted = tenants.inserted.id;
    const previous = await withSystem(db, (tx) => tx.selectFrom('audit_log').select('hash').where('tenant_id', '=', inserted).where('seq', '=', '2').executeTakeFirstOrThrow());
    const forged = {
      tenantId: inserted, seq: 3, at: new Date(), actorId: null, actorLabel: 'System', action: 'staff.create', subjectType: null,
      subjectId: null, personId: null, purpose: 'Verwaltung', details: {}, prevHash: previous.hash,
    };
    await tamper(sql`update audit_log set seq = seq + 1000 where tenant_id = ${inserted} and seq >= 3`);
    await tamper(sql`update audit_log set seq = seq - 999 where tenant_id = ${inserted} and seq >= 1000`);
    await tamper(sql`
      insert into audit_log (tenant_id, seq, at, actor_id, actor_label, action, purpose, details, prev_hash, hash)
      values (${inserted}, 3, ${forged.at}, null, ${forged.actorLabel}, ${forged.action}, ${forged.purpose}, '{}', ${forged.prevHash}, ${entryHash(forged)})`);
    await tamper(sql`delete from audit_log where tenant_id = ${tenants.truncated.id} and seq = (select max(seq) from audit_log where tenant_id = ${tenants.truncated.id})`);

    const { status, output } = await runVerify();
    assert.equal(status, 1, output);
    const section = (slug: string) => output.slice(output.indexOf(`${slug}:`)).split(/\n(?=\S)/)[0] ?? '';
    assert.match(section(tenants.changed.slug), /#2 \[changed\]/);
    assert.match(section(tenants.removed.slug), /#3 \[missing\]/);
    assert.match(section(tenants.inserted.slug), /#4 \[changed\]/);
    assert.match(section(tenants.truncated.slug), /\[head_mismatch\]/);
  });
});
