import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordAudit, verifyAuditChain } from '../../src/platform/audit/index.js';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import { testDatabase } from '../support/database.js';
import { makeTenant, type TestTenant } from '../support/factories.js';

// Many writers of one tenant append at once (on PostgreSQL each in its own
// connection): the chain stays one line without gaps or forks, and the hashes
// the database computes agree with the verifier's, also for text in any script.

describe('audit chain under concurrent writers', () => {
  let db: Database;
  let tenant: TestTenant;
  before(async () => {
    db = await testDatabase();
    tenant = await makeTenant(db);
  });
  after(() => db.close());

  it('appends every entry exactly once, in one verifiable line', async () => {
    const writers = 40;
    const { seq: before } = await withTenant(db, tenant.id, (tx) => tx.selectFrom('audit_heads').select('seq').executeTakeFirstOrThrow());
    await Promise.all(Array.from({ length: writers }, (_, i) => withTenant(db, tenant.id, (tx) => recordAudit(tx, {
      tenantId: tenant.id, actor: { id: null, label: i % 2 ? 'محمد الأحمد' : 'Ołena Kowalenko 👩🏽‍💼' }, action: 'test.append', subjectType: 'test', subjectId: String(i),
      purpose: 'Prüfung der Prüfkette', details: { i, text: 'ደብዳቤ «Zeichen» \\ "quoted"', nested: { z: 1, a: [1, 'ä'] } },
    }))));
    const report = await withTenant(db, tenant.id, (tx) => verifyAuditChain(tx, tenant.id));
    assert.deepEqual(report.problems, []);
    assert.equal(report.checked, Number(before) + writers);
    const appended = await withTenant(db, tenant.id, (tx) => tx.selectFrom('audit_log').select('subject_id').where('action', '=', 'test.append').execute());
    assert.deepEqual(appended.map((row) => Number(row.subject_id)).sort((a, b) => a - b), Array.from({ length: writers }, (_, i) => i));
  });
});
