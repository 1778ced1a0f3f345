import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { insertPerson } from '../../src/modules/people/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import {
  checkAccessibility, browserTestsSkip, createAccount, createDistrict, ensureWebBuild, heading, launchChromium, logInFirstTime, newContext, screenshot, startLotse,
  tabTo, type District, type Lotse,
} from '../e2e/support.js';

// A case worker finds a person however the name was typed, sees why each
// result matched, opens the person page with the link to the case file, and
// registers a new person only after looking at the likely duplicates.

const skip = browserTestsSkip();

let lotse: Lotse;
let browser: Browser;
let district: District;
let page: Page;
let hashimi: string;

describe('person register in the browser', { skip }, () => {
  before(async () => {
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();
    district = await createDistrict(lotse);
    hashimi = await withTenant(lotse.server.db, district.tenant.id, (tx) =>
      insertPerson(tx, district.tenant.id, {
        familyName: 'Al-Hashimi', givenNames: 'Mohammed', birthDate: '1990-03-12', nationalities: ['SYR'],
        names: [{ kind: 'original_script', familyName: 'الهاشمي', givenNames: 'محمد' }], identifiers: [{ kind: 'bamf', value: '1234567-439' }],
      }, new Date()),
    );
    const worker = await createAccount(lotse, district.tenant, ['case_worker'], 'Carla Fall');
    page = await (await newContext(browser)).newPage();
    await logInFirstTime(page, lotse, worker);
  });
  after(async () => {
    await browser?.close();
    await lotse?.stop();
  });

  it('finds a person by another spelling from the keyboard and shows the reasons in German', async () => {
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Personen', exact: true }).click();
    await heading(page, 'Personen suchen');
    const box = page.getByLabel('Name, Geburtsdatum oder Nummer');
    await tabTo(page, box, 'the search box');
    await page.keyboard.type('Muhammad Alhashimi 12.03.1990');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 Person gefunden.' }).waitFor();
    const result = page.getByRole('list', { name: 'Treffer' }).getByRole('listitem').first();
    await result.getByText('gleiches Geburtsdatum').waitFor();
    await result.getByText(/Namensvariante von/).waitFor();
    await checkAccessibility(page, 'people search');
    await screenshot(page, 'people-search');

    const link = result.getByRole('link', { name: 'Mohammed Al-Hashimi' });
    await tabTo(page, link, 'the first result');
    await page.keyboard.press('Enter');
    await heading(page, 'Mohammed Al-Hashimi');
  });

  it('shows the person with the original script isolated, the numbers and the link to the case file', async () => {
    assert.equal(new URL(page.url()).pathname, `/personen/${hashimi}`);
    const arabic = page.locator('bdi', { hasText: 'محمد الهاشمي' });
    assert.equal(await arabic.first().getAttribute('dir'), 'auto');
    await page.getByText('BAMF-Nummer: 1234567-439').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Fallakte öffnen' }).getAttribute('href'), `/akten/${hashimi}`);
    await checkAccessibility(page, 'person page');
    await screenshot(page, 'people-person');
  });

  it('searches in Arabic script and shows an empty state with the way to register', async () => {
    await page.goto(`${lotse.url}/personen?q=${encodeURIComponent('محمد الهاشمي')}`);
    await page.getByRole('list', { name: 'Treffer' }).getByRole('link', { name: 'Mohammed Al-Hashimi' }).waitFor();
    await page.goto(`${lotse.url}/personen?q=${encodeURIComponent('Zyxwvut Qqqq')}`);
    await page.getByText('Keine passende Person gefunden.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Person neu anlegen' }).click();
    await heading(page, 'Person neu anlegen');
  });

  it('registers a person only after showing the likely duplicates', async () => {
    await page.getByLabel('Familienname', { exact: true }).fill('El Hashemi');
    await page.getByLabel('Vornamen', { exact: true }).fill('Mohamad');
    await page.getByLabel('Geburtsdatum', { exact: true }).fill('12.03.1990');
    await page.getByRole('button', { name: 'Weiter: auf Dubletten prüfen' }).click();
    await page.getByRole('heading', { name: 'Mögliche Dubletten' }).waitFor();
    await page.getByRole('list', { name: 'Mögliche Dubletten' }).getByRole('link', { name: 'Mohammed Al-Hashimi' }).waitFor();
    await checkAccessibility(page, 'duplicates before create');
    await screenshot(page, 'people-duplicates');
    await page.getByRole('button', { name: 'Keine davon – Person neu anlegen' }).click();
    await heading(page, 'Mohamad El Hashemi');
  });

  it('merges the duplicate after a side-by-side review and splits it again', async () => {
    await page.getByText('Anderen Datensatz suchen', { exact: true }).first().click();
    await page.getByRole('searchbox', { name: 'Anderen Datensatz suchen' }).fill('Mohammed Al-Hashimi 12.03.1990');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Zum Vergleich wählen' }).first().click();
    await page.getByRole('heading', { name: 'Vergleich' }).waitFor();
    await page.getByRole('heading', { name: 'Anderer Datensatz' }).waitFor();
    await checkAccessibility(page, 'merge review');
    await screenshot(page, 'people-merge-review');
    await page.getByLabel('Begründung', { exact: true }).fill('Dieselbe Person, gleicher Pass');
    await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
    await page.getByText('Die Datensätze wurden zusammengeführt.').waitFor();
    await page.getByText('BAMF-Nummer: 1234567-439').waitFor();
    await page.getByLabel('Begründung für die Trennung').fill('Doch zwei Personen');
    await page.getByRole('button', { name: 'Wieder trennen', exact: true }).click();
    await page.getByText('Die Zusammenführung wurde getrennt.').waitFor();
  });
});
