import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createActiveStaff } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testConfig, type Caller } from '../support/app.js';
import { makeStaff, sessionFor } from '../support/factories.js';
import {
  checkAccessibility, browserTestsSkip, createAccount, E2E_PASSWORD, ensureWebBuild, heading, launchChromium, logInFirstTime, nav, newContext, screenshot, startLotse, tabTo,
  type A11yFinding, type Lotse,
} from '../e2e/support.js';
import { makeAgency, makeCase, type Agency } from './support.js';

// The oversight pages of the case file in a real browser: the data-protection
// officer reviews an emergency access, a unit lead sees an overdue referral,
// and an administrator changes the need-to-know matrix. The data is made
// through the HTTP API of the running server; the checks afterwards ask the
// API again, so the browser's word is never the only evidence.

const skip = browserTestsSkip();

interface BreakGlassItem { id: string; reason: string; reviewedAt: string | null }
interface MatrixEntry { unitType: string; sectionType: string; access: string; specialCategory: boolean }

/** A German calendar day `days` before today, as the server counts due dates. */
function germanDayBefore(days: number): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** Full-page screenshots at phone and desktop width, so both layouts can be looked at. */
async function screenshotsAtTwoWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 780 });
  await screenshot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
}

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 780 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways at 360 px by ${overflow} px (only its table may scroll)`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('case oversight pages in the browser', { skip }, () => {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;
  let agency: Agency;
  let dpoApi: Caller;
  const findings: A11yFinding[] = [];

  before(async () => {
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();
    const ctx = { app: lotse.server.app, db: lotse.server.db, config: testConfig(), close: async () => {} };
    agency = await makeAgency(ctx);
    dpoApi = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, agency.tenant, { roles: ['dpo'] }));
  });
  after(async () => {
    if (findings.length > 0) console.log(`axe (moderate/minor): ${findings.map((f) => `${f.page}: ${f.id} (${f.impact})`).join('; ')}`);
    try {
      await browser?.close();
    } finally {
      await lotse?.stop();
    }
  });

  it('lets the data-protection officer mark an emergency access as reviewed', { timeout: 120_000 }, async (t: TestContext) => {
    assert.ok(lotse && browser);
    const ctx = { app: lotse.server.app, db: lotse.server.db, config: testConfig(), close: async () => {} };
    const { caseId } = await makeCase(ctx, agency, { familyName: 'Nowak', givenNames: 'Olena' });
    const reason = 'Klientin in der Unterkunft zusammengebrochen, Medikation muss sofort geklärt werden.';
    const opened = await agency.workers.jobcentre.inject({ method: 'POST', url: `/api/cases/${caseId}/break-glass`, payload: { reason } });
    assert.equal(opened.statusCode, 201, opened.body);
    const accessId = json<{ id: string }>(opened).id;

    const dpo = await createAccount(lotse, agency.tenant, ['dpo'], 'Dora Datenschutz');
    const context = await newContext(browser);
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, dpo);
    await nav(page).getByRole('link', { name: 'Notfallzugriffe prüfen', exact: true }).click();
    await heading(page, 'Notfallzugriffe prüfen');
    const card = page.getByRole('listitem').filter({ hasText: reason });
    await card.waitFor();
    await card.getByText('läuft noch').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Noch nicht geprüft (1)' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'break-glass review')));
    await noSidewaysScroll(page, 'break-glass review');
    await screenshotsAtTwoWidths(page, 'break-glass-review');

    // Keyboard only: Tab to the card's button and press Enter.
    const button = card.getByRole('button', { name: /^Als geprüft markieren/ });
    await tabTo(page, button, 'the review button', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'ist als geprüft markiert' }).waitFor();
    await page.getByText('Es gibt keine ungeprüften Notfallzugriffe.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Noch nicht geprüft (0)' }).waitFor();
    assert.equal(await page.getByText(reason).count(), 0, 'the reviewed access leaves the open list');

    const all = json<{ items: BreakGlassItem[] }>(await dpoApi.inject({ method: 'GET', url: '/api/break-glass?all=true' })).items;
    const reviewed = all.find((item) => item.id === accessId);
    assert.ok(reviewed?.reviewedAt, 'the API reports the access as reviewed');
    const open = json<{ items: BreakGlassItem[] }>(await dpoApi.inject({ method: 'GET', url: '/api/break-glass' })).items;
    assert.equal(open.some((item) => item.id === accessId), false, 'the API no longer lists it as open');

    await page.getByLabel('Auch bereits geprüfte Zugriffe anzeigen').check();
    const reviewedCard = page.getByRole('region', { name: 'Bereits geprüft' }).getByRole('listitem').filter({ hasText: reason });
    await reviewedCard.getByText('Geprüft am').waitFor();
    assert.equal(await reviewedCard.getByRole('button').count(), 0, 'a reviewed access offers no review button');
  });

  it('shows the unit lead an overdue referral with its days overdue and a link to the file', { timeout: 120_000 }, async (t: TestContext) => {
    assert.ok(lotse && browser);
    const ctx = { app: lotse.server.app, db: lotse.server.db, config: testConfig(), close: async () => {} };
    const { caseId, personId } = await makeCase(ctx, agency, { familyName: 'Karimi', givenNames: 'Reza' });
    const referred = await agency.workers.immigration.inject({
      method: 'POST', url: `/api/cases/${caseId}/referrals`,
      payload: {
        fromUnitId: agency.unitIds.immigration, toUnitId: agency.unitIds.integration, concernText: 'Integrationskurs vermitteln',
        handoverNote: 'Bitte Kursplatz suchen, B1 erreicht.', dueDate: germanDayBefore(5), sectionTypes: [],
      },
    });
    assert.equal(referred.statusCode, 201, referred.body);

    const lead = await withTenant(lotse.server.db, agency.tenant.id, (tx) =>
      createActiveStaff(tx, agency.tenant.id, { id: null, label: 'Browsertest' }, {
        email: `lead-${caseId.slice(0, 8)}@e2e.test`, displayName: 'Lea Leitung', roles: ['unit_lead'], unitIds: [agency.unitIds.integration], password: E2E_PASSWORD,
      }));
    const context = await newContext(browser);
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, { email: lead.email, password: E2E_PASSWORD, displayName: 'Lea Leitung' });
    await nav(page).getByRole('link', { name: 'Überfällige Weiterleitungen', exact: true }).click();
    await heading(page, 'Überfällige Weiterleitungen');
    const row = page.getByRole('row').filter({ hasText: 'Integrationskurs vermitteln' });
    await row.waitFor();
    await row.getByRole('cell', { name: '5 Tagen' }).waitFor();
    await row.getByRole('cell', { name: 'Ausländerbehörde' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'overdue referrals')));
    await noSidewaysScroll(page, 'overdue referrals');
    await screenshotsAtTwoWidths(page, 'escalations');

    // Persian: the page turns right to left and speaks Persian.
    await page.evaluate(() => window.localStorage.setItem('lotse.language', 'fa'));
    await page.reload();
    await heading(page, 'ارجاع‌های معوق');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await page.getByRole('row').filter({ hasText: 'Integrationskurs vermitteln' }).getByRole('cell', { name: '5 روز' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'overdue referrals (fa)')));
    await screenshotsAtTwoWidths(page, 'escalations-fa');
    await page.evaluate(() => window.localStorage.setItem('lotse.language', 'de'));
    await page.reload();
    await heading(page, 'Überfällige Weiterleitungen');

    await page.getByRole('link', { name: 'Karimi, Reza' }).click();
    await heading(page, /Akte Reza Karimi/);
    assert.ok(page.url().endsWith(`/akten/${personId}`));
  });

  it('lets an administrator change one cell of the need-to-know matrix, and the change persists', { timeout: 120_000 }, async (t: TestContext) => {
    assert.ok(lotse && browser);
    const adminApi = await sessionFor(lotse.server.app, lotse.server.db, testConfig(), await makeStaff(lotse.server.db, agency.tenant, { roles: ['admin'] }));
    const readMatrix = async () => json<{ matrix: MatrixEntry[]; custom: boolean }>(await adminApi.inject({ method: 'GET', url: '/api/case-settings' }));
    const cell = (matrix: MatrixEntry[], unitType: string, sectionType: string) => matrix.find((e) => e.unitType === unitType && e.sectionType === sectionType);
    const before = await readMatrix();
    assert.equal(cell(before.matrix, 'jobcentre', 'immigration')?.access ?? 'none', 'none', 'by default the job centre does not read the immigration section');

    const admin = await createAccount(lotse, agency.tenant, ['admin'], 'Ada Admin');
    const context = await newContext(browser);
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, admin);
    await nav(page).getByRole('link', { name: 'Aktenzugriff', exact: true }).click();
    await heading(page, 'Aktenzugriff nach Zuständigkeit');
    const select = page.getByLabel('Zugriff von Jobcenter auf den Bereich Ausländerrecht', { exact: true });
    assert.equal(await select.inputValue(), 'none');
    findings.push(...(await checkAccessibility(page, 'access matrix')));
    await noSidewaysScroll(page, 'access matrix');

    const save = page.getByRole('button', { name: 'Zugriffsregeln speichern' });
    assert.equal(await save.isDisabled(), true, 'nothing to save before a change');
    await select.selectOption('read');
    await page.getByText('1 ungespeicherte Änderung.').waitFor();
    await screenshotsAtTwoWidths(page, 'access-matrix-changed');
    await save.click();
    await page.getByRole('status').filter({ hasText: 'Die Zugriffsregeln sind gespeichert' }).waitFor();
    await page.getByText('Keine ungespeicherten Änderungen.').waitFor();

    const afterSave = await readMatrix();
    assert.equal(afterSave.custom, true);
    assert.equal(cell(afterSave.matrix, 'jobcentre', 'immigration')?.access, 'read', 'the changed cell is stored');
    // The rest of the matrix is kept as it was, not wiped by the save.
    for (const entry of before.matrix) {
      if (entry.unitType === 'jobcentre' && entry.sectionType === 'immigration') continue;
      const stored = cell(afterSave.matrix, entry.unitType, entry.sectionType);
      assert.equal(stored?.access ?? 'none', entry.access, `${entry.unitType}/${entry.sectionType} unchanged`);
      assert.equal(stored?.specialCategory ?? false, entry.access !== 'none' && entry.specialCategory, `${entry.unitType}/${entry.sectionType} Art. 9 unchanged`);
    }

    await page.reload();
    await heading(page, 'Aktenzugriff nach Zuständigkeit');
    assert.equal(await page.getByLabel('Zugriff von Jobcenter auf den Bereich Ausländerrecht', { exact: true }).inputValue(), 'read');

    // Arabic: right to left, every control still named.
    await page.evaluate(() => window.localStorage.setItem('lotse.language', 'ar'));
    await page.reload();
    await heading(page, 'الوصول إلى الملفات حسب الاختصاص');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    findings.push(...(await checkAccessibility(page, 'access matrix (ar)')));
    await screenshotsAtTwoWidths(page, 'access-matrix-ar');
  });
  it('lets an invited unit write the minutes of a running case conference and record an agreed action', { timeout: 120_000 }, async (t: TestContext) => {
    assert.ok(lotse && browser);
    const ctx = { app: lotse.server.app, db: lotse.server.db, config: testConfig(), close: async () => {} };
    const { caseId, personId } = await makeCase(ctx, agency, { familyName: 'Haidari', givenNames: 'Zahra' });
    const consent = await dpoApi.inject({ method: 'POST', url: '/api/consent-texts', payload: { purpose: 'Fallkonferenz', body: 'Ich willige ein, dass die eingeladenen Stellen den Bereich Integration lesen.' } });
    assert.equal(consent.statusCode, 201, consent.body);
    const created = await agency.workers.integration.inject({
      method: 'POST', url: `/api/cases/${caseId}/conferences`,
      payload: { title: 'Perspektive Ausbildung', sectionTypes: ['integration'], consentTextId: json<{ id: string }>(consent).id, unitIds: [agency.unitIds.jobcentre], partnerStaffIds: [] },
    });
    assert.equal(created.statusCode, 201, created.body);
    const conferenceId = json<{ id: string }>(created).id;

    const worker = await withTenant(lotse.server.db, agency.tenant.id, (tx) =>
      createActiveStaff(tx, agency.tenant.id, { id: null, label: 'Browsertest' }, {
        email: `jc-${caseId.slice(0, 8)}@e2e.test`, displayName: 'Jonas Jobcenter', roles: ['case_worker'], unitIds: [agency.unitIds.jobcentre], password: E2E_PASSWORD,
      }));
    const context = await newContext(browser);
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, { email: worker.email, password: E2E_PASSWORD, displayName: 'Jonas Jobcenter' });
    await page.goto(`${lotse.url}/akten/${personId}`);
    await heading(page, /Akte Zahra Haidari/);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Perspektive Ausbildung' }) });
    await card.getByText('Läuft bis').waitFor();

    const minutes = 'Ausbildung als Pflegefachfrau angestrebt; B2-Kurs ab März.';
    await card.getByLabel('Protokoll: Perspektive Ausbildung').fill(minutes);
    await card.getByRole('button', { name: 'Protokoll speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Protokoll ist gespeichert.' }).waitFor();
    const stored = json<{ minutes: string }>(await agency.workers.integration.inject({ method: 'GET', url: `/api/case-conferences/${conferenceId}` }));
    assert.equal(stored.minutes, minutes, 'the API returns the minutes written in the browser');

    await card.getByRole('button', { name: 'Vereinbarung festhalten' }).click();
    await page.getByLabel('Was wurde vereinbart?').fill('Bewerbungsmappe mit der Klientin erstellen');
    await page.getByLabel('Zuständige Einheit').selectOption({ label: 'Jobcenter' });
    await page.getByRole('button', { name: 'Vereinbarung speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Vereinbarung ist als Aufgabe der Akte angelegt.' }).waitFor();
    await page.getByRole('region', { name: 'Aufgaben' }).getByText('Bewerbungsmappe mit der Klientin erstellen').waitFor();
    const tasks = json<{ items: Array<{ title: string; conferenceId: string | null; assigneeUnitId: string | null }> }>(
      await agency.workers.integration.inject({ method: 'GET', url: `/api/cases/${caseId}/tasks` }),
    ).items;
    const action = tasks.find((task) => task.title === 'Bewerbungsmappe mit der Klientin erstellen');
    assert.equal(action?.conferenceId, conferenceId, 'the agreed action is a task of the conference');
    assert.equal(action?.assigneeUnitId, agency.unitIds.jobcentre);
    findings.push(...(await checkAccessibility(page, 'case file with conference')));
    await noSidewaysScroll(page, 'case file with conference');
    await screenshotsAtTwoWidths(page, 'case-conference');
  });
});
