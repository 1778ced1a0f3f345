import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { withTenant } from '../../src/platform/db/index.js';
import { makeLocation } from '../support/concerns.js';
import { makePerson } from '../support/people.js';
import {
  browserSession, browserTestsSkip, checkAccessibility, createAccount, createDistrict, isFocused, logInFirstTime, newContext, screenshot,
} from './support.js';

// The desk links a walk-in's number to a person found in the register under
// another spelling, on a phone-sized screen and with the keyboard alone:
// search, arrow to the hit, Enter picks, Enter confirms.

const skip = browserTestsSkip();

describe('entrance zone: linking a ticket to a person in the browser', { skip }, () => {
  const { findings, running } = browserSession();

  async function deskAt360(t: TestContext) {
    const { lotse, browser } = running();
    const { tenant } = await createDistrict(lotse);
    await makeLocation(lotse.server.db, tenant, { name: 'Bürgerbüro Mitte' });
    const desk = await createAccount(lotse, tenant, ['intake'], 'Ida Eingang');
    const context = await newContext(browser);
    await context.addInitScript(() => window.localStorage.setItem('lotse.language', 'de'));
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, desk);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${lotse.url}/eingangszone`);
    await page.getByRole('heading', { level: 1, name: 'Eingangszone' }).waitFor();
    await page.getByRole('button', { name: 'Nummer ausgeben', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Nummer 1 wurde ausgegeben.' }).waitFor();
    await page.getByRole('button', { name: 'Bearbeiten 1', exact: true }).click();
    return { tenant, page };
  }

  it('finds "Mohammed Al-Hashimi" as "Muhammad Alhashimi", picks him with the keyboard and links the ticket', { timeout: 90_000 }, async (t) => {
    const { lotse } = running();
    const { tenant, page } = await deskAt360(t);
    const person = await makePerson(lotse.server.db, tenant, { givenNames: 'Mohammed', familyName: 'Al-Hashimi', birthDate: '1990-03-12' });
    await makePerson(lotse.server.db, tenant, { givenNames: 'Olha', familyName: 'Schewtschenko', birthDate: '1985-07-01' });

    const box = page.getByRole('searchbox', { name: 'Person suchen' });
    await box.fill('Muhammad Alhashimi');
    await box.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 Person gefunden.' }).waitFor();
    const hits = page.getByRole('list', { name: 'Gefundene Personen' });
    const pick = hits.getByRole('button', { name: /Mohammed Al-Hashimi/ });
    assert.match((await pick.textContent()) ?? '', /geb\. 12\.03\.1990/, 'the hit shows the birth date');
    assert.match((await hits.textContent()) ?? '', /Namensvariante|ähnliche Schreibweise|zusammen- oder getrennt/, 'the hit says why it matches');
    assert.ok(!(await hits.textContent())?.includes('Schewtschenko'), 'someone else is not offered');

    // Arrow down from the box reaches the hit; Enter picks it.
    await box.press('ArrowDown');
    assert.ok(await isFocused(pick), 'ArrowDown moves from the search box to the first hit');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), true, 'nothing sticks out sideways at 360 px');
    findings.push(...(await checkAccessibility(page, 'desk person search results (360 px)')));
    await screenshot(page, 'intake-link-results-360');

    await page.keyboard.press('Enter');
    const confirm = page.getByRole('button', { name: 'Verknüpfen', exact: true });
    await page.getByText('Nummer 1 mit dieser Person verknüpfen?').waitFor();
    assert.ok(await isFocused(confirm), 'the confirmation takes the focus');
    findings.push(...(await checkAccessibility(page, 'desk link confirmation (360 px)')));
    await screenshot(page, 'intake-link-confirm-360');

    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Nummer 1 wurde mit der Fallakte von Mohammed Al-Hashimi verknüpft.' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1', exact: true }) });
    const personLink = row.getByRole('link', { name: 'Mohammed Al-Hashimi' });
    assert.equal(await personLink.getAttribute('href'), `/personen/${person.id}`);
    await screenshot(page, 'intake-link-done-360');

    const stored = await withTenant(lotse.server.db, tenant.id, (tx) => tx.selectFrom('intake_tickets').select(['number', 'person_id']).execute());
    assert.deepEqual(stored, [{ number: 1, person_id: person.id }], 'the ticket is linked to the person');
    const searches = await withTenant(lotse.server.db, tenant.id, (tx) => tx.selectFrom('audit_log').select('purpose').where('action', '=', 'person.search').execute());
    assert.deepEqual(searches.map((entry) => entry.purpose), ['Erstkontakt im Eingangsbereich'], 'the search is audited once, as intake');
  });

  it('offers to register the person when nobody fits', { timeout: 60_000 }, async (t) => {
    const { page } = await deskAt360(t);
    const box = page.getByRole('searchbox', { name: 'Person suchen' });
    await box.fill('Zyxwa Qorbel');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    await page.getByText('Niemand gefunden. Prüfen Sie die Schreibweise oder legen Sie die Person neu an.').waitFor();
    const create = page.getByRole('link', { name: 'Person neu anlegen', exact: true });
    assert.equal(await create.getAttribute('href'), `/personen/neu?name=${encodeURIComponent('Zyxwa Qorbel')}`);
    findings.push(...(await checkAccessibility(page, 'desk person search, nobody found (360 px)')));
    await create.click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /anlegen|registrieren/i }).waitFor();
  });
});
