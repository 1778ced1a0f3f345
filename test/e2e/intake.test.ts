import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { createActiveStaff, createUnit } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import {
  browserSession, browserTestsSkip, checkAccessibility, createAccount, createDistrict, E2E_PASSWORD, eventually, heading, logInFirstTime, newContext,
  openFromNav, screenshot,
} from './support.js';

// The walk-in's journey in a real browser: a number from the kiosk, sorted to
// a unit at the desk, called at a counter, and on the waiting-room screen
// within moments, pushed over server-sent events. Kiosk and screen are checked
// with axe-core in German and in Arabic (right to left).

const skip = browserTestsSkip();

describe('entrance zone in the browser', { skip }, () => {
  const { findings, running } = browserSession();

  async function setting(t: TestContext, language: 'de' | 'ar') {
    const context = await newContext(running().browser, language === 'ar' ? { locale: 'ar' } : {});
    await context.addInitScript((lng) => window.localStorage.setItem('lotse.language', lng), language);
    t.after(() => context.close());
    return context;
  }

  async function district() {
    const { lotse } = running();
    const { tenant } = await createDistrict(lotse);
    const unit = await withTenant(lotse.server.db, tenant.id, (tx) => createUnit(tx, tenant.id, { id: null, label: 'Browsertest' }, { name: 'Ausländerbehörde', type: 'immigration' }));
    const location = await makeLocation(lotse.server.db, tenant, { name: 'Bürgerbüro Mitte' });
    const concern = await makeConcern(lotse.server.db, tenant, { responsibleUnitId: unit.id });
    const deskStaff = await createAccount(lotse, tenant, ['intake'], 'Ida Eingang');
    const counterEmail = `schalter-${unit.id.slice(0, 8)}@${tenant.slug}.e2e.test`;
    const counterStaff = await withTenant(lotse.server.db, tenant.id, (tx) =>
      createActiveStaff(tx, tenant.id, { id: null, label: 'Browsertest' }, { email: counterEmail, displayName: 'Chris Schalter', roles: ['case_worker'], unitIds: [unit.id], password: E2E_PASSWORD }),
    );
    const counter = { id: counterStaff.id, email: counterEmail, password: E2E_PASSWORD, displayName: 'Chris Schalter' };
    return { tenant, unit, location, concern, deskStaff, counter };
  }

  it('a kiosk ticket appears on the display once the desk has sorted it and a counter calls it', { timeout: 120_000 }, async (t) => {
    const { lotse } = running();
    const { tenant, location, deskStaff, counter } = await district();
    const base = `${lotse.url}/eingangszone/${tenant.slug}/${location.id}`;

    const context = await setting(t, 'de');
    const screen = await context.newPage();
    await screen.goto(`${base}/anzeige`);
    await screen.getByRole('heading', { level: 1, name: /Aufrufanzeige – Bürgerbüro Mitte/ }).waitFor();
    await screen.getByText('Live', { exact: true }).waitFor();
    await screen.getByText('Zurzeit ist keine Nummer aufgerufen.').waitFor();
    findings.push(...(await checkAccessibility(screen, 'display (de)')));

    const kiosk = await context.newPage();
    await kiosk.goto(`${base}/kiosk`);
    await heading(kiosk, 'Wartenummer ziehen');
    findings.push(...(await checkAccessibility(kiosk, 'kiosk (de)')));
    await kiosk.getByRole('button', { name: 'Aufenthalt und Visum' }).click();
    await heading(kiosk, 'Ihre Wartenummer');
    const number = Number(await kiosk.getByTestId('kiosk-number').textContent());
    assert.equal(number, 1, 'the first number of the day');
    await kiosk.getByText('Vor Ihnen warten 0 Personen.').waitFor();
    findings.push(...(await checkAccessibility(kiosk, 'kiosk ticket (de)')));

    // The intake desk sorts the ticket to the immigration office …
    const deskContext = await setting(t, 'de');
    const desk = await deskContext.newPage();
    await logInFirstTime(desk, lotse, deskStaff);
    await openFromNav(desk, 'Eingangszone');
    await desk.getByRole('button', { name: `Bearbeiten ${number}`, exact: true }).click();
    await desk.getByLabel('Anliegen', { exact: true }).last().selectOption({ label: 'Verlängerung Aufenthaltstitel' });
    await desk.getByRole('button', { name: 'Zuordnen', exact: true }).click();
    await desk.getByRole('status').filter({ hasText: `Nummer ${number} wurde zugeordnet.` }).waitFor();

    // … and a counter there calls it.
    const counterContext = await setting(t, 'de');
    const counterPage = await counterContext.newPage();
    await logInFirstTime(counterPage, lotse, counter);
    await openFromNav(counterPage, 'Schalter');
    await counterPage.getByLabel('Schalter-Bezeichnung', { exact: true }).fill('Schalter 2');
    await counterPage.getByRole('button', { name: 'Nächste Nummer aufrufen', exact: true }).click();
    await counterPage.getByRole('status').filter({ hasText: `Nummer ${number} wurde aufgerufen.` }).waitFor();

    await screen.getByRole('status').filter({ hasText: `Nummer ${number} bitte zu Schalter 2` }).waitFor({ timeout: 5000 });
    const row = screen.getByRole('row').filter({ hasText: 'Schalter 2' });
    await eventually('the called number in the table', async () => ((await row.textContent()) ?? '').replace(/\s+/g, ' ').trim(), `${number}Schalter 2`);
    await screenshot(screen, 'intake-display-called');
  });

  it('kiosk and display read right to left in Arabic without serious accessibility violations', { timeout: 45_000 }, async (t) => {
    const { lotse } = running();
    const { tenant, location } = await district();
    const base = `${lotse.url}/eingangszone/${tenant.slug}/${location.id}`;
    const context = await setting(t, 'ar');

    const kiosk = await context.newPage();
    await kiosk.goto(`${base}/kiosk`);
    await heading(kiosk, 'خذ رقم انتظار');
    assert.equal(await kiosk.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await kiosk.evaluate(() => document.documentElement.lang), 'ar');
    findings.push(...(await checkAccessibility(kiosk, 'kiosk (ar)')));
    await kiosk.getByRole('button', { name: 'لا أعرف' }).click();
    await heading(kiosk, 'رقم انتظارك');
    findings.push(...(await checkAccessibility(kiosk, 'kiosk ticket (ar)')));
    await screenshot(kiosk, 'intake-kiosk-ar');

    const screen = await context.newPage();
    await screen.goto(`${base}/anzeige`);
    await screen.getByRole('heading', { level: 1, name: /شاشة النداء/ }).waitFor();
    await screen.getByText('لم يُحدَّد بعد').waitFor();
    assert.equal(await screen.evaluate(() => document.documentElement.dir), 'rtl');
    findings.push(...(await checkAccessibility(screen, 'display (ar)')));
    await screenshot(screen, 'intake-display-ar');
  });
});
