import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { createActiveStaff, createUnit } from '../../src/modules/access/index.js';
import { createArticle, transitionVersion } from '../../src/modules/knowledge/index.js';
import { createProcess, createProcessGroup } from '../../src/modules/processes/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import {
  checkAccessibility, browserTestsSkip, createDistrict, E2E_PASSWORD, ensureWebBuild, heading, launchChromium, logInFirstTime, nav, newContext,
  startLotse, uniqueName, type Lotse,
} from '../e2e/support.js';

// In the browser: a unit lead builds an onboarding path of articles and a
// process and assigns it; the newcomer works through it (read, confirm each
// step) and the lead sees the newcomer's progress.

const skip = browserTestsSkip();

describe('onboarding in the browser', { skip }, () => {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;

  before(async () => {
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();
  });
  after(async () => {
    try {
      await browser?.close();
    } finally {
      await lotse?.stop();
    }
  });

  async function page(t: TestContext) {
    assert.ok(browser);
    const context = await newContext(browser);
    t.after(() => context.close());
    return context.newPage();
  }

  it('a lead builds a path of articles and a process and assigns it, the newcomer completes it, and the lead sees it', { timeout: 120_000 }, async (t) => {
    assert.ok(lotse);
    const server = lotse;
    const district = await createDistrict(server);
    const tenantId = district.tenant.id;
    const pathTitle = uniqueName('Einarbeitung ABH');
    const people = await withTenant(server.server.db, tenantId, async (tx) => {
      const system = { id: null, label: 'Browsertest' };
      const unit = await createUnit(tx, tenantId, system, { name: 'Ausländerbehörde', type: 'immigration' });
      const make = async (displayName: string, roles: Array<'unit_lead' | 'case_worker'>) => {
        const email = `${roles[0]}-${Math.random().toString(36).slice(2, 10)}@${district.tenant.slug}.e2e.test`;
        const staff = await createActiveStaff(tx, tenantId, system, { email, displayName, roles, unitIds: [unit.id], password: E2E_PASSWORD });
        return { id: staff.id, email, password: E2E_PASSWORD, displayName };
      };
      const lead = await make('Lena Leitung', ['unit_lead']);
      const newcomer = await make('Nils Neu', ['case_worker']);
      const ctx = { tenantId, actor: system };
      for (const [title, body] of [['Erste Schritte', 'Willkommen im Team.'], ['Duldung: Grundlagen', 'Die Duldung ist **kein** Aufenthaltstitel.']] as const) {
        const article = await createArticle(tx, ctx, { title }, { bodyMarkdown: body, validFrom: '2020-01-01' });
        await transitionVersion(tx, ctx, article.versionId, 'submit', { today: '2026-01-01' });
        await transitionVersion(tx, ctx, article.versionId, 'publish', { today: '2026-01-01' });
      }
      const editor = { staffId: null, displayName: 'Browsertest', roles: ['admin'] as const, unitIds: [] };
      const group = await createProcessGroup(tx, tenantId, editor, { name: 'Aufenthaltsbeendigung' });
      await createProcess(tx, tenantId, editor, { groupId: group.id, title: 'Duldung erteilen', description: '', ownerUnitId: null, ownerStaffId: null });
      return { lead, newcomer };
    });

    // The lead builds the path in the order article, process, article and assigns it.
    const lead = await page(t);
    await logInFirstTime(lead, server, people.lead);
    await nav(lead).getByRole('link', { name: 'Wissen', exact: true }).click();
    await lead.getByRole('link', { name: 'Einarbeitung: Fortschritt', exact: true }).click();
    await heading(lead, 'Einarbeitung: Fortschritt');
    const builder = lead.getByRole('region', { name: 'Neuer Einarbeitungspfad' });
    await builder.getByLabel('Titel', { exact: true }).fill(pathTitle);
    for (const step of ['Erste Schritte', 'Duldung erteilen', 'Duldung: Grundlagen']) await builder.getByRole('checkbox', { name: step }).check();
    await builder.getByRole('checkbox', { name: 'Duldung erteilen' }).locator('..').getByText('Schritt 2').waitFor();
    await checkAccessibility(lead, 'Einarbeitung: Pfad anlegen');
    await builder.getByRole('button', { name: 'Pfad anlegen' }).click();
    await lead.getByRole('status').filter({ hasText: `Der Pfad „${pathTitle}“ ist angelegt.` }).waitFor();
    const assign = lead.getByRole('region', { name: 'Pfad zuweisen' });
    await assign.getByLabel('Zuzuweisender Pfad').selectOption({ label: pathTitle });
    await assign.getByLabel('Neue Kollegin / neuer Kollege').selectOption({ label: 'Nils Neu' });
    await assign.getByRole('button', { name: 'Zuweisen' }).click();
    await lead.getByRole('status').filter({ hasText: `Nils Neu arbeitet jetzt „${pathTitle}“ durch.` }).waitFor();

    // The newcomer reads a step, then confirms all three in the lead's order.
    const newcomer = await page(t);
    await logInFirstTime(newcomer, server, people.newcomer);
    await nav(newcomer).getByRole('link', { name: 'Wissen', exact: true }).click();
    await heading(newcomer, 'Wissensbasis');
    await newcomer.getByRole('link', { name: 'Mein Einarbeitungspfad', exact: true }).click();
    await heading(newcomer, 'Mein Einarbeitungspfad');
    await newcomer.getByRole('heading', { level: 2, name: pathTitle }).waitFor();
    await newcomer.getByText('0 von 3 bestätigt').waitFor();
    const steps = newcomer.getByRole('listitem').filter({ has: newcomer.getByRole('link') });
    assert.deepEqual((await steps.getByRole('link').allTextContents()).slice(-3), ['Erste Schritte', 'Duldung erteilen', 'Duldung: Grundlagen']);
    await checkAccessibility(newcomer, 'Mein Einarbeitungspfad');
    await newcomer.getByRole('link', { name: 'Duldung: Grundlagen', exact: true }).click();
    await heading(newcomer, 'Duldung: Grundlagen');
    await newcomer.getByRole('article').getByText('kein', { exact: true }).waitFor();
    await newcomer.goBack();
    await heading(newcomer, 'Mein Einarbeitungspfad');
    for (const title of ['Erste Schritte', 'Duldung erteilen', 'Duldung: Grundlagen']) {
      await newcomer.getByRole('button', { name: `„${title}“ als gelesen bestätigen` }).click();
      await newcomer.getByRole('status').filter({ hasText: `„${title}“ ist bestätigt.` }).waitFor();
    }
    await newcomer.getByText('3 von 3 bestätigt').waitFor();

    // The lead looks at the progress overview again and finds the newcomer done.
    await lead.reload();
    await heading(lead, 'Einarbeitung: Fortschritt');
    await lead.getByLabel('Einarbeitungspfad', { exact: true }).selectOption({ label: `${pathTitle} (3 Schritte)` });
    const row = lead.getByRole('row').filter({ has: lead.getByRole('rowheader', { name: 'Nils Neu', exact: true }) });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /3 von 3 bestätigt.*Alles bestätigt/);
    await checkAccessibility(lead, 'Einarbeitung: Fortschritt');
  });
});
