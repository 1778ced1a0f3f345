import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { createActiveStaff, createTenant, createUnit } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import {
  checkAccessibility, checkChromium, E2E_PASSWORD, ensureWebBuild, heading, launchChromium, logInFirstTime, newContext, screenshot, startLotse,
  type A11yFinding, type Lotse,
} from '../e2e/support.js';

// The case file in a real browser: the immigration office writes a note into
// its section and sees it in the timeline; the job centre opens the same file
// and finds the immigration section only among the sections without access.

const chromiumCheck = checkChromium();
if (chromiumCheck.status === 'fail') {
  it('finds Chromium for the browser tests', () => assert.fail(chromiumCheck.message));
}
const skip = chromiumCheck.status === 'skip' ? chromiumCheck.reason : chromiumCheck.status === 'fail' ? 'Chromium missing (see the failure above)' : false;

describe('case file in the browser', { skip }, () => {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;
  const findings: A11yFinding[] = [];

  before(async () => {
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();
  });
  after(async () => {
    if (findings.length > 0) console.log(`axe (moderate/minor): ${findings.map((f) => `${f.page}: ${f.id} (${f.impact})`).join('; ')}`);
    try {
      await browser?.close();
    } finally {
      await lotse?.stop();
    }
  });

  it('shows each unit only its sections; a note lands in the timeline', { timeout: 90_000 }, async (t: TestContext) => {
    assert.ok(lotse && browser);
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
});
