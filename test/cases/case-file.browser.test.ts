import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it, type TestContext } from 'node:test';
import { createActiveStaff, createTenant, createUnit } from '../../src/modules/access/index.js';
import { createProcess, createProcessGroup, parseBpmn } from '../../src/modules/processes/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { bpmnFile } from '../processes/support.js';
import {
  browserSession, browserTestsSkip, checkAccessibility, E2E_PASSWORD, heading, logInFirstTime, newContext, screenshot,
} from '../e2e/support.js';

// The case file in a real browser: the immigration office writes a note into
// its section and sees it in the timeline; the job centre opens the same file
// and finds the immigration section only among the sections without access.
// A process of the process map starts as a checklist of tasks, and a record
// merged into the person leads to its own file.

const skip = browserTestsSkip();

describe('case file in the browser', { skip }, () => {
  const { findings, running } = browserSession();

  it('shows each unit only its sections; a note lands in the timeline', { timeout: 90_000 }, async (t: TestContext) => {
    const { lotse, browser } = running();
    const db = lotse.server.db;
    const suffix = randomUUID().slice(0, 8);
    const tenant = await createTenant(db, { slug: `e2e-case-${suffix}`, name: `Aktenkreis ${suffix}` });
    const system = { id: null, label: 'Browsertest' };
    const personId = randomUUID();
    const accounts = await withTenant(db, tenant.id, async (tx) => {
      const abh = await createUnit(tx, tenant.id, system, { name: 'Ausländerbehörde', type: 'immigration' });
      const jc = await createUnit(tx, tenant.id, system, { name: 'Jobcenter', type: 'jobcentre' });
      const make = async (name: string, unitId: string) => {
        const email = `${name.toLowerCase().replace(/\W/g, '')}-${suffix}@e2e.test`;
        await createActiveStaff(tx, tenant.id, system, { email, displayName: name, roles: ['case_worker'], unitIds: [unitId], password: E2E_PASSWORD });
        return { email, password: E2E_PASSWORD, displayName: name };
      };
      await tx.insertInto('persons').values({ tenant_id: tenant.id, id: personId, family_name: 'حيدري', given_names: 'زهرة' }).execute();
      const caseId = randomUUID();
      await tx.insertInto('cases').values({ tenant_id: tenant.id, id: caseId, person_id: personId, created_by: null, created_at: new Date() }).execute();
      await tx.insertInto('case_sections').values([
        { tenant_id: tenant.id, case_id: caseId, section_type: 'immigration', owner_unit_id: abh.id, opened_at: new Date() },
        { tenant_id: tenant.id, case_id: caseId, section_type: 'jobcentre', owner_unit_id: jc.id, opened_at: new Date() },
      ]).execute();
      return { immigration: await make('Ilka Ausländerrecht', abh.id), jobcentre: await make('Jan Jobcenter', jc.id) };
    });

    const abhContext = await newContext(browser);
    t.after(() => abhContext.close());
    const abh = await abhContext.newPage();
    await logInFirstTime(abh, lotse, accounts.immigration);
    await abh.goto(`${lotse.url}/akten/${personId}`);
    await heading(abh, /Akte زهرة حيدري/);
    await abh.getByRole('heading', { level: 3, name: 'Ausländerrecht' }).waitFor();
    findings.push(...(await checkAccessibility(abh, 'case file (immigration)')));
    await abh.getByRole('button', { name: 'Vermerk schreiben' }).click();
    await abh.getByLabel('Bereich', { exact: true }).selectOption('immigration');
    await abh.getByLabel('Text', { exact: true }).fill('Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG erteilt.');
    await abh.getByRole('button', { name: 'Vermerk speichern' }).click();
    await abh.getByRole('status').filter({ hasText: 'Der Vermerk wurde gespeichert.' }).waitFor();
    await abh.getByText('Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG erteilt.').waitFor();
    await screenshot(abh, 'case-file-immigration');

    const jcContext = await newContext(browser);
    t.after(() => jcContext.close());
    const jc = await jcContext.newPage();
    await logInFirstTime(jc, lotse, accounts.jobcentre);
    await jc.goto(`${lotse.url}/akten/${personId}`);
    await heading(jc, /Akte/);
    await jc.getByRole('heading', { level: 3, name: 'Jobcenter' }).waitFor();
    await jc.getByRole('heading', { name: 'Bereiche ohne Einsicht' }).waitFor();
    assert.equal(await jc.getByRole('heading', { level: 3, name: 'Ausländerrecht' }).count(), 0);
    assert.equal(await jc.getByText('Aufenthaltserlaubnis nach § 25').count(), 0);
    findings.push(...(await checkAccessibility(jc, 'case file (job centre)')));
  });

  it('starts a process as a checklist of tasks, and links the file of a merged record', { timeout: 90_000 }, async (t: TestContext) => {
    const { lotse, browser } = running();
    const db = lotse.server.db;
    const suffix = randomUUID().slice(0, 8);
    const tenant = await createTenant(db, { slug: `e2e-list-${suffix}`, name: `Checklistenkreis ${suffix}` });
    const system = { id: null, label: 'Browsertest' };
    const [personId, duplicateId] = [randomUUID(), randomUUID()];
    const model = await parseBpmn(bpmnFile({ taskName: 'Pass und Meldebescheinigung prüfen' }));
    const account = await withTenant(db, tenant.id, async (tx) => {
      const abh = await createUnit(tx, tenant.id, system, { name: 'Ausländerbehörde', type: 'immigration' });
      const editor = { staffId: null, displayName: 'Browsertest', roles: ['admin'] as const, unitIds: [] };
      const group = await createProcessGroup(tx, tenant.id, editor, { name: 'Aufenthalt' });
      await createProcess(tx, tenant.id, editor, { groupId: group.id, title: 'Aufenthaltserlaubnis verlängern', description: '', ownerUnitId: null, ownerStaffId: null, model });
      await tx.insertInto('persons').values([
        { tenant_id: tenant.id, id: personId, family_name: 'Haidari', given_names: 'Zahra' },
        { tenant_id: tenant.id, id: duplicateId, family_name: 'Heydari', given_names: 'Sahra', merged_into: personId, root_id: personId },
      ]).execute();
      for (const [id, owner] of [[randomUUID(), personId], [randomUUID(), duplicateId]] as const) {
        await tx.insertInto('cases').values({ tenant_id: tenant.id, id, person_id: owner, created_by: null, created_at: new Date() }).execute();
        await tx.insertInto('case_sections').values({ tenant_id: tenant.id, case_id: id, section_type: 'immigration', owner_unit_id: abh.id, opened_at: new Date() }).execute();
      }
      const email = `ilka-${suffix}@e2e.test`;
      await createActiveStaff(tx, tenant.id, system, { email, displayName: 'Ilka Ausländerrecht', roles: ['case_worker'], unitIds: [abh.id], password: E2E_PASSWORD });
      return { email, password: E2E_PASSWORD, displayName: 'Ilka Ausländerrecht' };
    });

    const context = await newContext(browser);
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, account);
    await page.goto(`${lotse.url}/akten/${personId}`);
    await heading(page, /Akte Zahra Haidari/);

    // The merged record's file is one click away, and leads back.
    await page.getByText('Zusammengeführte Datensätze – ihre Akten bleiben lesbar:').waitFor();
    await page.getByRole('link', { name: 'Akte öffnen' }).click();
    await heading(page, /Akte Sahra Heydari/);
    await page.getByRole('link', { name: 'Zur Akte von Zahra Haidari' }).click();
    await heading(page, /Akte Zahra Haidari/);

    await page.getByRole('button', { name: 'Checkliste aus Prozess' }).click();
    await page.getByLabel('Prozess', { exact: true }).selectOption({ label: 'Aufenthaltserlaubnis verlängern' });
    await page.getByText('Diese Aufgabe wird angelegt:').waitFor();
    findings.push(...(await checkAccessibility(page, 'checklist start')));
    await page.getByRole('button', { name: 'Checkliste aus Prozess starten' }).click();
    await page.getByRole('status').filter({ hasText: 'Checkliste „Aufenthaltserlaubnis verlängern“ gestartet: eine Aufgabe.' }).waitFor();
    const task = page.getByRole('listitem').filter({ hasText: 'Pass und Meldebescheinigung prüfen' });
    await task.getByText('aus Prozess-Checkliste').waitFor();
    await page.getByText('Checkliste „Aufenthaltserlaubnis verlängern“ (Version 1) gestartet: eine Aufgabe').waitFor();
    await screenshot(page, 'case-file-checklist');
  });
});
