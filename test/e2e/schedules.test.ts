import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { createUnit } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import { UNITS } from '../cases/support.js';
import {
  browserSession, browserTestsSkip, checkAccessibility, createAccount, createDistrict, heading, logInFirstTime, nav, newContext, screenshot, tabTo,
} from './support.js';

// Planning online booking in the browser: a unit lead opens "Terminplanung"
// from the day list, creates a schedule (the server's objection to
// overlapping opening hours appears at the interval it names), enters a
// closing day, releases two weeks of slots by keyboard, and the public slots
// API then offers slots, none on the closing day. A second release over the
// same days is refused with a clear message. axe-core finds no serious or
// critical violation; at 360 px nothing scrolls sideways.

const skip = browserTestsSkip();

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const berlinDay = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));
const berlinDayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));
/** A weekday three to nine days ahead: inside the release, and open (Monday to Friday). */
function closingDay(): string {
  for (let days = 3; ; days += 1) {
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));
    if (!['Sat', 'Sun'].includes(weekday)) return berlinDay(days);
  }
}

describe('Appointment planning in the browser', { skip }, () => {
  const { findings, running } = browserSession();

  async function profile(t: TestContext): Promise<Page> {
    const context = await newContext(running().browser);
    t.after(() => context.close());
    return context.newPage();
  }

  /** Screenshots at phone width and on the desktop; the page must not scroll sideways at 360 px. */
  async function onPhoneAndDesktop(page: Page, name: string) {
    await page.setViewportSize(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await screenshot(page, `${name}-360`);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, `${name}-desktop`);
    assert.ok(overflow <= 0, `${name}: the page does not scroll sideways at 360 px (overflow ${overflow} px)`);
  }

  it('a unit lead creates a schedule, enters a closing day and releases two weeks; the public API offers the slots', { timeout: 120_000 }, async (t) => {
    const { lotse } = running();
    const { db } = lotse.server;
    const district = await createDistrict(lotse);
    const { tenant } = district;
    const units = await withTenant(db, tenant.id, async (tx) => {
      const ids: Record<string, string> = {};
      for (const unit of UNITS) ids[unit.name] = (await createUnit(tx, tenant.id, { id: null, label: 'Browsertest' }, { ...unit })).id;
      return ids;
    });
    const concern = await makeConcern(db, tenant, { title: 'Aufenthaltserlaubnis verlängern', responsibleUnitId: units['Ausländerbehörde'] as string });
    await makeConcern(db, tenant, { title: 'Wohnheimplatz beantragen', responsibleUnitId: units['Unterbringung'] as string });
    await makeLocation(db, tenant, { name: 'Kreishaus, Zimmer 12' });
    const lead = await createAccount(lotse, tenant, ['unit_lead'], 'Lea Leitung');

    const page = await profile(t);
    await logInFirstTime(page, lotse, lead);
    await nav(page).getByRole('link', { name: 'Termine', exact: true }).click();
    await heading(page, 'Tagesliste Termine');
    await page.getByRole('link', { name: /Zur Terminplanung/ }).click();
    await heading(page, 'Terminplanung');
    await page.getByText('Es gibt noch keinen Terminplan.').waitFor();
    findings.push(...(await checkAccessibility(page, 'planning, empty')));
    await onPhoneAndDesktop(page, 'planning-empty');

    // The form: unit, location, opening hours (Monday to Friday mornings are prefilled).
    const form = page.getByRole('region', { name: 'Neuer Terminplan' }).or(page.locator('section.form-section'));
    await form.getByLabel('Einheit', { exact: true }).selectOption({ label: 'Ausländerbehörde' });
    await form.getByLabel('Standort', { exact: true }).selectOption({ label: 'Kreishaus, Zimmer 12 – Markt 1, 06618 Musterstadt' });
    // Only the concerns of the chosen unit are offered until all are asked for.
    assert.equal(await form.getByRole('checkbox', { name: 'Wohnheimplatz beantragen' }).count(), 0, 'concerns of other units are hidden at first');
    await form.getByRole('checkbox', { name: 'Aufenthaltserlaubnis verlängern' }).check();
    await form.getByLabel('Dauer eines Termins in Minuten für „Aufenthaltserlaubnis verlängern“').fill('30');
    // A second Monday period that overlaps the first: the server names it, the page shows it there.
    await form.getByRole('button', { name: 'Zeitraum hinzufügen (Montag)' }).click();
    const mondayOpens = form.getByLabel('Montag, Zeitraum 2: von', { exact: true });
    await mondayOpens.fill('11:00');
    await form.getByLabel('Montag, Zeitraum 2: bis', { exact: true }).fill('13:00');
    await form.getByLabel('Schalter', { exact: true }).fill('2');
    await form.getByLabel('Online-Anteil in Prozent').fill('50');
    await form.getByRole('button', { name: 'Terminplan anlegen' }).click();
    await form.getByText('Dieser Zeitraum überschneidet sich mit einem anderen am selben Tag.').waitFor();
    assert.equal(await mondayOpens.getAttribute('aria-invalid'), 'true', 'the overlapping period is marked');
    assert.equal(await form.getByLabel('Montag, Zeitraum 1: von', { exact: true }).getAttribute('aria-invalid'), null, 'the first period is not');
    findings.push(...(await checkAccessibility(page, 'planning, form with a server error')));

    // Fixed: the afternoon instead.
    await mondayOpens.fill('14:00');
    await form.getByLabel('Montag, Zeitraum 2: bis', { exact: true }).fill('16:00');
    await form.getByRole('button', { name: 'Terminplan anlegen' }).click();
    await form.getByText('Der Terminplan ist angelegt.').waitFor();
    const card = page.getByRole('article', { name: 'Ausländerbehörde – Kreishaus, Zimmer 12' });
    await card.waitFor();
    await card.getByText(/Mo\.? 08:00–12:00, 14:00–16:00/).waitFor();
    await card.getByText('Aufenthaltserlaubnis verlängern · 30 Minuten').waitFor();

    // A closing day inside the coming release.
    const holiday = closingDay();
    await card.getByText('Schließtag eintragen').click();
    await card.getByLabel('Tag', { exact: true }).fill(holiday);
    await card.getByLabel('Bezeichnung (freiwillig)').fill('Betriebsausflug');
    await card.getByRole('button', { name: 'Schließtag speichern' }).click();
    await card.getByRole('status').filter({ hasText: 'Schließtag eingetragen' }).waitFor();
    await card.getByText(/– Betriebsausflug$/).waitFor();

    // Two weeks from tomorrow (the form's default), by keyboard.
    const releaseSummary = card.getByText('Termine freigeben', { exact: true }).first();
    await tabTo(page, releaseSummary, 'the "Termine freigeben" disclosure', 80);
    await page.keyboard.press('Enter');
    assert.equal(await card.getByLabel('Erster Tag').inputValue(), berlinDay(1));
    assert.equal(await card.getByLabel('Letzter Tag').inputValue(), berlinDay(14));
    const releaseButton = card.getByRole('button', { name: 'Termine freigeben' });
    await tabTo(page, releaseButton, 'the release button');
    await page.keyboard.press('Enter');
    const released = card.getByRole('status').filter({ hasText: /Termine freigegeben, davon/ });
    await released.waitFor();
    const [, created, online] = /([\d.]+) Termine freigegeben, davon ([\d.]+) online/.exec((await released.textContent()) ?? '') ?? [];
    assert.ok(Number(created?.replace('.', '')) > 0 && Number(online?.replace('.', '')) > 0, `slots were created and some offered online: ${created}/${online}`);
    await card.getByText(/Termine freigegeben, davon .* online, vom/).waitFor();

    // The public booking API offers them, but none on the closing day.
    const response = await fetch(`${lotse.url}/api/public/${tenant.slug}/appointments/slots?concernId=${concern.id}`);
    assert.equal(response.status, 200);
    const slots = ((await response.json()) as { items: Array<{ id: string; startsAt: string }> }).items;
    assert.ok(slots.length > 0, 'the public API offers slots');
    const days = new Set(slots.map((slot) => berlinDayOf(slot.startsAt)));
    assert.ok(!days.has(holiday), `no slot on the closing day ${holiday}`);
    assert.ok([...days].every((day) => day >= berlinDay(1) && day <= berlinDay(14)), 'every slot lies in the released two weeks');

    // The same days again: refused, and said so at the form.
    await releaseButton.click();
    await card.getByRole('alert').filter({ hasText: 'Für diese Zeit sind an diesem Schalter schon Termine freigegeben.' }).waitFor();
    await card.getByText('In diesem Zeitraum sind schon Termine freigegeben. Wählen Sie Tage danach.').first().waitFor();

    await card.getByText('Verlosung anlegen', { exact: true }).first().click();
    findings.push(...(await checkAccessibility(page, 'planning, schedule with its forms open')));
    await onPhoneAndDesktop(page, 'planning-schedule');

    // The internal half of the release is given at the counter, from the day list.
    await page.goto(`${lotse.url}/termine`);
    const counter = page.getByRole('region', { name: 'Termin am Schalter vergeben' });
    await counter.getByLabel('Anliegen').selectOption({ label: 'Aufenthaltserlaubnis verlängern' });
    const slot = counter.getByLabel('Freier Termin (intern)');
    await slot.locator('option').nth(1).waitFor({ state: 'attached' });
    const slotId = await slot.locator('option').nth(1).getAttribute('value');
    assert.ok(slotId && !slots.some((free) => free.id === slotId), 'an internal slot, not one offered online');
    await slot.selectOption(slotId);
    await counter.getByLabel('Vor- und Nachname', { exact: true }).fill('Olena Kovalenko');
    await counter.getByRole('button', { name: 'Termin vergeben' }).click();
    await counter.getByRole('status').filter({ hasText: 'Der Termin ist vergeben und bestätigt.' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'day list with the counter booking')));
    const booked = await withTenant(lotse.server.db, tenant.id, (tx) => tx.selectFrom('appointment_bookings').select(['status', 'channel', 'name']).where('slot_id', '=', slotId).execute());
    assert.deepEqual(booked, [{ status: 'confirmed', channel: 'internal', name: 'Olena Kovalenko' }]);
  });
});
