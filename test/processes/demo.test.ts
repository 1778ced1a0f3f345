import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseBpmn, seedDemoProcesses } from '../../src/modules/processes/index.js';
import { seedDemoCatalogue } from '../../src/modules/services/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { testDatabase } from '../support/database.js';
import { makeTenant } from '../support/factories.js';
import type { Database } from '../../src/platform/db/index.js';

// The demo district's process map: enough processes in service areas, full
// models that open without warnings, owners and links to the demo concerns.

let db: Database;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

const UNITS = [
  { name: 'Eingangszone', type: 'intake' }, { name: 'Ausländerbehörde', type: 'immigration' }, { name: 'Asylbewerberleistungen', type: 'asylum_benefits' },
  { name: 'Unterbringung', type: 'accommodation' }, { name: 'Integrationsberatung', type: 'integration' }, { name: 'Jobcenter', type: 'jobcentre' },
] as const;

describe('demo process map', () => {
  it('seeds at least 50 processes in service areas, at least 8 with valid BPMN models, with owners and concern links', async () => {
    const tenant = await makeTenant(db, UNITS.map((unit) => ({ ...unit })));
    await withTenant(db, tenant.id, (tx) => seedDemoCatalogue(tx, tenant.id));
    const result = await seedDemoProcesses(db, tenant.id);
    assert.ok(result.processes >= 50, `${result.processes} processes`);
    assert.ok(result.models >= 8, `${result.models} models`);

    const rows = await withTenant(db, tenant.id, (tx) =>
      tx.selectFrom('processes as p')
        .innerJoin('process_versions as v', (join) => join.onRef('v.process_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
        .select(['p.id', 'p.title', 'p.group_id', 'p.owner_unit_id', 'v.bpmn_xml'])
        .execute(),
    );
    assert.equal(rows.length, result.processes);
    assert.ok(new Set(rows.map((row) => row.group_id)).size >= 6, 'grouped into service areas');
    assert.ok(rows.filter((row) => row.owner_unit_id !== null).length >= 45, 'owned by units');
    const models = rows.filter((row) => row.bpmn_xml !== null);
    assert.equal(models.length, result.models);
    for (const row of models) {
      const parsed = await parseBpmn(row.bpmn_xml as string);
      assert.ok(parsed.xml.includes('<bpmndi:BPMNDiagram'), `${row.title} has a diagram`);
    }
    const links = await withTenant(db, tenant.id, (tx) => tx.selectFrom('process_concern_links').select('concern_id').execute());
    assert.ok(links.length >= 20, `${links.length} concern links`);

    // Running it again adds nothing.
    assert.deepEqual(await seedDemoProcesses(db, tenant.id), { groups: 0, processes: 0, models: 0 });
  });
});
