import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProcess, createProcessGroup, parseBpmn } from '../../src/modules/processes/index.js';
import { buildBpmn } from '../../src/modules/processes/demo/bpmn-builder.js';
import { demoModels } from '../../src/modules/processes/demo/models.js';
import { withTenant } from '../../src/platform/db/index.js';
import {
  browserSession, browserTestsSkip, checkAccessibility, createDistrict, eventually, heading, logInFirstTime, newContext, openFromNav, screenshot,
} from '../e2e/support.js';
import { bpmnFile } from './support.js';

// The process map in a real browser: find a process with the filter, see its
// BPMN model drawn by bpmn-js with the checklist beside it, open the editor
// and save a new version with a change note.

const skip = browserTestsSkip();

describe('process map in the browser', { skip }, () => {
  const { running } = browserSession();

  it('filters the map, shows a model with bpmn-js and saves an edited model as a new version', { timeout: 90_000 }, async (t) => {
    const { lotse, browser } = running();
    const district = await createDistrict(lotse);
    const model = demoModels.find((candidate) => candidate.key === 'verpflichtungserklaerung');
    assert.ok(model);
    const parsed = await parseBpmn(await buildBpmn(model));
    await withTenant(lotse.server.db, district.tenant.id, async (tx) => {
      const system = { staffId: null, displayName: 'Browsertest', roles: ['admin'] as const, unitIds: [] };
      const group = await createProcessGroup(tx, district.tenant.id, system, { name: 'Dokumente und Titel' });
      await createProcess(tx, district.tenant.id, system, { groupId: group.id, title: 'Verpflichtungserklärung entgegennehmen', description: 'Beglaubigung nach § 68 AufenthG', ownerUnitId: null, ownerStaffId: null, model: parsed });
      await createProcess(tx, district.tenant.id, system, { groupId: group.id, title: 'Reiseausweis ausstellen', description: '', ownerUnitId: null, ownerStaffId: null });
    });

    const context = await newContext(browser);
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, district.admin);
    await openFromNav(page, 'Prozesslandkarte');
    await checkAccessibility(page, 'process map');
    await screenshot(page, 'process-map');

    await page.getByLabel('Prozesse filtern').fill('verpflichtung');
    await eventually('filtered list', () => page.getByRole('link', { name: /Reiseausweis|Verpflichtungserklärung/ }).allTextContents(), ['Verpflichtungserklärung entgegennehmen']);
    await page.getByRole('link', { name: 'Verpflichtungserklärung entgegennehmen' }).click();
    await heading(page, 'Verpflichtungserklärung entgegennehmen');

    // bpmn-js draws every element of the model; the diagram has a name for screen readers.
    const canvas = page.getByRole('application', { name: /BPMN-Diagramm/ });
    await canvas.waitFor();
    await eventually('shapes drawn', async () => (await page.locator('.bpmn-canvas .djs-element[data-element-id="Activity_bonitaet"]').count()) > 0, true);
    const checklist = page.getByRole('list').filter({ hasText: 'Einkommen und Wohnraum prüfen' });
    // The checklist renders after the model has loaded; wait for it instead of counting at once.
    await eventually('checklist items', () => checklist.getByRole('listitem').count(), 6);
    await checkAccessibility(page, 'process page');
    await screenshot(page, 'process-page');

    // Export link carries the current version's BPMN.
    const exported = await page.request.get(`${lotse.url}${(await page.getByRole('link', { name: 'BPMN exportieren' }).getAttribute('href')) ?? ''}`);
    assert.equal(exported.status(), 200);
    assert.deepEqual((await parseBpmn(await exported.text())).elementIds, parsed.elementIds);

    // The editor: the modeler loads the model; saving with a change note makes version 2.
    await page.getByRole('link', { name: 'Modell bearbeiten' }).click();
    await heading(page, 'Modell bearbeiten: Verpflichtungserklärung entgegennehmen');
    await page.getByRole('application', { name: /BPMN-Editor/ }).waitFor();
    await eventually('palette shown', async () => (await page.locator('.djs-palette').count()) > 0, true);
    await screenshot(page, 'process-editor');
    await page.getByLabel('Änderungsnotiz').fill('Im Editor geöffnet und gespeichert');
    await page.getByRole('button', { name: 'Als neue Version speichern' }).click();
    await heading(page, 'Verpflichtungserklärung entgegennehmen');
    await page.getByText('Gespeichert als Version 2.').waitFor();
    await page.getByRole('cell', { name: 'Im Editor geöffnet und gespeichert' }).waitFor();

    // Import: a broken file is refused with the problem named; a good one becomes version 3.
    const file = page.getByLabel('BPMN-Datei', { exact: true });
    await file.setInputFiles({ name: 'kaputt.bpmn', mimeType: 'application/xml', buffer: Buffer.from(bpmnFile({ flowTarget: 'Task_9' })) });
    await page.getByLabel('Änderungsnotiz', { exact: true }).fill('Fremdes Modell');
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.getByRole('alert').filter({ hasText: 'unresolved reference <Task_9> (Element Flow_1)' }).waitFor();
    await file.setInputFiles({ name: 'gut.bpmn', mimeType: 'application/xml', buffer: Buffer.from(bpmnFile({ taskName: 'Importierte Prüfung' })) });
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.getByText('Das Modell wurde als Version 3 gespeichert.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Importierte Prüfung' }).waitFor();
  });
});
