import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createActiveStaff } from '../../src/modules/access/index.js';
import { insertPerson } from '../../src/modules/people/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { testConfig } from '../support/app.js';
import { makeAgency, makeCase, type Agency } from '../cases/support.js';
import {
  browserTestsSkip, checkAccessibility, createAccount, E2E_PASSWORD, ensureWebBuild, heading, isFocused, launchChromium, logInFirstTime, newContext, screenshot,
  startLotse, tabTo, type A11yFinding, type Lotse,
} from '../e2e/support.js';

// The start page by role. A case worker lands on the person search (the
// cursor already in the box), sees what waits in the unit's inbox, finds a
// person by another spelling and opens the person; the page passes axe and
// does not scroll sideways on a 360 px phone. The data-protection officer
// gets the shortcuts to the audit log and the break-glass review instead.

const skip = browserTestsSkip();

/** A German calendar day `days` from today (negative: before), as the server counts due dates. */
function germanDay(days: number): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('start page in the browser', { skip }, () => {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;
  let agency: Agency;
  let hashimi: string;
  const findings: A11yFinding[] = [];

  before(async () => {
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();
    const ctx = { app: lotse.server.app, db: lotse.server.db, config: testConfig(), close: async () => {} };
    agency = await makeAgency(ctx);
    hashimi = await withTenant(lotse.server.db, agency.tenant.id, (tx) =>
      insertPerson(tx, agency.tenant.id, {
        familyName: 'Al-Hashimi', givenNames: 'Mohammed', birthDate: '1990-03-12', nationalities: ['SYR'],
        names: [{ kind: 'original_script', familyName: 'الهاشمي', givenNames: 'محمد' }],
      }, new Date()),
    );
    // Two referrals wait in the integration counselling's inbox, one of them overdue.
    const { caseId } = await makeCase(ctx, agency, { familyName: 'Karimi', givenNames: 'Reza' });
    for (const dueDate of [germanDay(-3), germanDay(7)]) {
      const referred = await agency.workers.immigration.inject({
        method: 'POST', url: `/api/cases/${caseId}/referrals`,
        payload: { fromUnitId: agency.unitIds.immigration, toUnitId: agency.unitIds.integration, concernText: 'Integrationskurs vermitteln', handoverNote: 'Bitte übernehmen.', dueDate, sectionTypes: [] },
      });
      assert.equal(referred.statusCode, 201, referred.body);
    }
  });
  after(async () => {
    if (findings.length > 0) console.log(`axe (moderate/minor): ${findings.map((f) => `${f.page}: ${f.id} (${f.impact})`).join('; ')}`);
    try {
      await browser?.close();
    } finally {
      await lotse?.stop();
    }
  });

  it('lands a case worker on the search, shows the inbox counts, and finds and opens a person', { timeout: 120_000 }, async (t: TestContext) => {
    assert.ok(lotse && browser);
    const worker = await withTenant(lotse.server.db, agency.tenant.id, (tx) =>
      createActiveStaff(tx, agency.tenant.id, { id: null, label: 'Browsertest' }, {
        email: `carla-${agency.tenant.slug}@e2e.test`, displayName: 'Carla Fall', roles: ['case_worker'], unitIds: [agency.unitIds.integration], password: E2E_PASSWORD,
      }));
    const context = await newContext(browser);
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, { email: worker.email, password: E2E_PASSWORD, displayName: 'Carla Fall' });

    // Search first: the box is there and has the cursor.
    const box = page.getByRole('searchbox', { name: 'Name, Geburtsdatum oder Nummer' });
    await box.waitFor();
    assert.ok(await isFocused(box), 'after login the cursor is in the search box');
    assert.equal(new URL(page.url()).pathname, '/');

    // The unit's inbox in numbers, with the way there.
    const inbox = page.getByRole('region', { name: 'Eingang Ihrer Organisationseinheiten' });
    const unit = inbox.getByRole('listitem').filter({ hasText: 'Integrationsberatung' });
    await unit.getByText(/2\s*offen/).waitFor();
    await unit.getByText(/1\s*überfällig/).waitFor();
    assert.equal(await inbox.getByRole('link', { name: 'Zum Eingang' }).getAttribute('href'), '/eingang-einheit');
    assert.equal(await inbox.getByText('Karimi').count(), 0, 'no names on the start page');

    // Shortcuts to what the role may use, and nothing else.
    const shortcuts = page.getByRole('region', { name: 'Schnellzugriff' });
    await shortcuts.getByRole('link', { name: 'Personen', exact: true }).waitFor();
    await shortcuts.getByRole('link', { name: 'Eingang meiner Einheit', exact: true }).waitFor();
    assert.equal(await shortcuts.getByRole('link', { name: 'Audit-Protokoll' }).count(), 0);
    assert.equal(await page.getByRole('main').getByText('in Vorbereitung', { exact: false }).count(), 0, 'the start page promises nothing "in Vorbereitung"');

    findings.push(...(await checkAccessibility(page, 'start page (case worker)')));
    await page.setViewportSize({ width: 360, height: 780 });
    assert.ok((await sidewaysOverflow(page)) <= 0, `the start page scrolls sideways at 360 px by ${await sidewaysOverflow(page)} px`);
    await screenshot(page, 'home-case-worker-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'home-case-worker-1280');

    // Another spelling, typed with the keyboard.
    await box.focus();
    await page.keyboard.type('Muhammad Alhashimi 12.03.1990');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 Person gefunden.' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Muhammad Alhashimi 12.03.1990', 'the query is in the address, so Back returns to it');
    const result = page.getByRole('list', { name: 'Treffer' }).getByRole('listitem').first();
    await result.getByText('gleiches Geburtsdatum').waitFor();
    await page.getByRole('link', { name: 'Person neu anlegen' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'start page with results')));
    await page.setViewportSize({ width: 360, height: 780 });
    assert.ok((await sidewaysOverflow(page)) <= 0, 'the results do not scroll sideways at 360 px');
    await screenshot(page, 'home-results-360');
    await page.setViewportSize({ width: 1280, height: 900 });

    const link = result.getByRole('link', { name: 'Mohammed Al-Hashimi' });
    await tabTo(page, link, 'the first result');
    await page.keyboard.press('Enter');
    await heading(page, 'Mohammed Al-Hashimi');
    assert.equal(new URL(page.url()).pathname, `/personen/${hashimi}`);

    await page.goBack();
    await page.getByRole('list', { name: 'Treffer' }).getByRole('link', { name: 'Mohammed Al-Hashimi' }).waitFor();

    // Arabic, right to left, on a phone.
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
    await heading(page, 'مرحبًا، Carla Fall');
    await page.getByRole('region', { name: 'الوارد إلى وحداتك التنظيمية' }).getByText(/1\s*متأخرة/).waitFor();
    assert.ok((await sidewaysOverflow(page)) <= 0, 'the Arabic start page does not scroll sideways at 360 px');
    await screenshot(page, 'home-ar-360');
  });

  it('gives the data-protection officer the audit log and the break-glass review, without a person search', { timeout: 60_000 }, async (t: TestContext) => {
    assert.ok(lotse && browser);
    const dpo = await createAccount(lotse, agency.tenant, ['dpo'], 'Dora Datenschutz');
    const context = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, dpo);
    const shortcuts = page.getByRole('region', { name: 'Schnellzugriff' });
    await shortcuts.getByRole('link', { name: 'Notfallzugriffe prüfen', exact: true }).waitFor();
    await shortcuts.getByRole('link', { name: 'Audit-Protokoll', exact: true }).waitFor();
    assert.equal(await page.getByRole('searchbox').count(), 0, 'no person search for the DPO');
    assert.equal(await page.getByRole('region', { name: 'Eingang Ihrer Organisationseinheiten' }).count(), 0);
    assert.ok((await sidewaysOverflow(page)) <= 0, 'no sideways scrolling at 360 px');
    findings.push(...(await checkAccessibility(page, 'start page (DPO)')));
    await screenshot(page, 'home-dpo-360');
    await shortcuts.getByRole('link', { name: 'Notfallzugriffe prüfen', exact: true }).tap();
    await heading(page, 'Notfallzugriffe prüfen');
  });
});
