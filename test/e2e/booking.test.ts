import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { createUnit } from '../../src/modules/access/index.js';
import { seedDemoCatalogue } from '../../src/modules/services/index.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { withTenant } from '../../src/platform/db/index.js';
import { BOOKING_ENV, codeFrom, linkFrom, setUpSchedule, startMailBox, type MailBox } from '../appointments/support.js';
import { json, type Caller } from '../support/app.js';
import { makeLocation } from '../support/concerns.js';
import { makeStaff, sessionFor, type TestTenant } from '../support/factories.js';
import {
  checkAccessibility, browserTestsSkip, createDistrict, ensureWebBuild, eventually, heading, launchChromium, newContext, screenshot,
  startLotse, type A11yFinding, type Lotse,
} from './support.js';
import { UNITS } from '../cases/support.js';

// Online booking in a real browser, with mail through a real SMTP server:
// finder → checklist → "book online" → slot, name and e-mail → the page
// solves the proof of work → code from the mail → confirmed, calendar file,
// manage link → cancel. A second journey in Arabic confirms by the mailed
// link. axe-core finds no serious or critical violation on any of the pages.

const skip = browserTestsSkip();

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

type Slot = { id: string; startsAt: string };
type DayEntry = { id: string; name: string; email: string; status: string; startsAt: string; concernTitle: string };

/** The calendar day in Berlin, `days` after today, as YYYY-MM-DD. */
const berlinDay = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));

describe('Online booking in the browser', { skip }, () => {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;
  let mail: MailBox | undefined;
  let planner: Caller | undefined;
  let slug = '';
  let tenantId = '';
  /** The demo concern the finder leads to, and one set up by the shared schedule helper. */
  let finderConcernId = '';
  let directConcernId = '';
  const findings: A11yFinding[] = [];
  const changedEnv = { ...BOOKING_ENV, LOTSE_SMTP_URL: '' };

  before(async () => {
    mail = await startMailBox();
    // startLotse builds its configuration from the environment: this sends the
    // mails to the test's SMTP server and keeps the proof of work small.
    changedEnv.LOTSE_SMTP_URL = mail.url;
    Object.assign(process.env, changedEnv);
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();

    const { db, app } = lotse.server;
    const district = await createDistrict(lotse);
    slug = district.tenant.slug;
    tenantId = district.tenant.id;
    const seeded = await withTenant(db, tenantId, async (tx) => {
      const units: Record<string, string> = {};
      for (const unit of UNITS) units[unit.name] = (await createUnit(tx, tenantId, { id: null, label: 'Browsertest' }, { ...unit })).id;
      return { units, catalogue: await seedDemoCatalogue(tx, tenantId) };
    });
    const tenant: TestTenant = { ...district.tenant, units: seeded.units };
    // Only the session lifetime and the cookie flags of this configuration matter for sessionFor.
    const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
    planner = await sessionFor(app, db, config, await makeStaff(db, tenant, { roles: ['unit_lead'] }));

    // The finder's "extend a residence permit" gets a schedule of its own …
    finderConcernId = seeded.catalogue.concernIds['extend-permit'] as string;
    assert.ok(finderConcernId, 'the demo catalogue has the concern "extend-permit"');
    const location = await makeLocation(db, tenant, { name: 'Kreishaus, Zimmer 12' });
    const created = await planner.inject({
      method: 'POST', url: '/api/appointments/schedules',
      payload: {
        unitId: seeded.units['Ausländerbehörde'], locationId: location.id, counters: 2, onlinePercent: 50, bookingWindowDays: 30,
        openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '12:00' })),
        concerns: [{ concernId: finderConcernId, slotMinutes: 30 }],
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    await release(json<{ id: string }>(created).id, finderConcernId);

    // … and the shared helper's schedule serves the journey that starts at the booking page.
    const direct = await setUpSchedule(db, tenant, planner);
    directConcernId = direct.concernId;
    await release(direct.scheduleId, directConcernId);
  });

  after(async () => {
    if (findings.length > 0) console.log(`axe (minor/moderate): ${findings.map((f) => `${f.page}: ${f.id}`).join('; ')}`);
    try {
      await browser?.close();
    } finally {
      try {
        await lotse?.stop();
      } finally {
        await mail?.close();
        for (const key of Object.keys(changedEnv)) delete process.env[key];
      }
    }
  });

  const running = () => {
    assert.ok(lotse && browser && mail && planner, 'server, browser and mail box are running');
    return { lotse, browser, mail, planner };
  };

  /** Releases two weeks of slots from tomorrow on (real time: the browser sees the real clock). */
  async function release(scheduleId: string, concernId: string) {
    const { planner } = running();
    const released = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${scheduleId}/releases`, payload: { concernId, fromDay: berlinDay(1), toDay: berlinDay(14) } });
    assert.equal(released.statusCode, 201, released.body);
    assert.ok(json<{ online: number }>(released).online > 0, 'some slots are offered online');
  }

  async function freeSlots(concernId: string): Promise<Slot[]> {
    const response = await fetch(`${running().lotse.url}/api/public/${slug}/appointments/slots?concernId=${concernId}`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { items: Slot[] }).items;
  }

  /** The booking as staff see it in the day list (an audited read through the staff API). */
  async function staffView(slot: Slot, email: string): Promise<DayEntry | undefined> {
    const { planner } = running();
    const day = berlinDayOf(slot.startsAt);
    const response = await planner.inject({ method: 'GET', url: `/api/appointments/day?day=${day}` });
    assert.equal(response.statusCode, 200, response.body);
    return json<{ items: DayEntry[] }>(response).items.find((entry) => entry.startsAt === slot.startsAt && entry.email.normalize('NFC') === email.normalize('NFC'));
  }
  /** The bookings of a slot as stored, for the states the staff day list does not show (held, cancelled). */
  function bookingsOn(slotId: string): Promise<Array<{ status: string; name: string }>> {
    return withTenant(running().lotse.server.db, tenantId, (tx) => tx.selectFrom('appointment_bookings').select(['status', 'name']).where('slot_id', '=', slotId).execute());
  }
  /** The summary of an appointment on the page (term → description), as a person reads it. */
  function summary(page: Page): Promise<Record<string, string>> {
    return page.locator('main dl').evaluate((list) => Object.fromEntries(
      [...list.querySelectorAll('dt')].map((term) => [term.textContent?.trim() ?? '', term.nextElementSibling?.textContent?.trim() ?? '']),
    ));
  }
  const berlinTime = (iso: string) => new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
  const berlinDayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));

  async function profile(t: TestContext) {
    const context = await newContext(running().browser);
    t.after(() => context.close());
    return context.newPage();
  }

  /** Screenshot at phone width; the page must not scroll sideways there. */
  async function onPhone(page: Page, name: string) {
    await page.setViewportSize(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await screenshot(page, name);
    await page.setViewportSize(DESKTOP);
    assert.ok(overflow <= 0, `${name}: the page does not scroll sideways at 360 px (overflow ${overflow} px)`);
  }

  function calendarEvent(confirmation: ParsedMail) {
    const ics = confirmation.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    assert.ok(ics, 'the confirmation mail carries an iCalendar file');
    return new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent') as ICAL.Component);
  }

  /** Picks the first offered slot on the page and returns it as the server lists it. */
  async function pickFirstSlot(page: Page, groupName: string, concernId: string): Promise<Slot> {
    const radio = page.getByRole('group', { name: groupName }).getByRole('radio').first();
    await radio.check();
    const id = await radio.getAttribute('value');
    const listed = (await freeSlots(concernId)).find((s) => s.id === id);
    assert.ok(listed, 'the chosen slot is one the server offers');
    return listed;
  }

  it('finder → checklist → book → code from the mail → confirmed, calendar file, manage link cancels (German)', { timeout: 90_000 }, async (t) => {
    const { lotse, mail } = running();
    const page = await profile(t);
    const name = 'محمد الأحمد';
    const email = 'jürgen@bücher.example';

    await page.goto(`${lotse.url}/${slug}/finder`);
    await heading(page, 'Anliegen-Finder');
    await page.getByRole('heading', { level: 2, name: 'Worum geht es bei Ihnen?' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'finder question (de)')));
    await page.getByRole('button', { name: 'Aufenthalt und Papiere' }).click();
    await page.getByRole('button', { name: 'Meine Aufenthaltserlaubnis läuft bald ab' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ihre Checkliste' }).waitFor();
    await page.getByRole('region', { name: 'Das bringen Sie mit' }).getByRole('checkbox', { name: 'Gültiger Reisepass oder Passersatz' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'finder checklist (de)')));

    const book = page.getByRole('article', { name: 'Aufenthaltserlaubnis verlängern' }).getByRole('link', { name: /Termin online buchen/ });
    // The district comes along: without it the booking page would look in the installation's default district.
    assert.equal(await book.getAttribute('href'), `/termin?anliegen=${finderConcernId}&kreis=${slug}`);
    await book.click();
    await heading(page, 'Termin buchen');
    const slot = await pickFirstSlot(page, 'Freie Termine', finderConcernId);
    findings.push(...(await checkAccessibility(page, 'booking form (de)')));
    await onPhone(page, 'booking-form-de');

    await page.getByLabel('Vor- und Nachname', { exact: true }).fill(name);
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Termin reservieren', exact: true }).click();
    // The page itself fetches the challenge and solves the proof of work before it reserves.
    await page.getByRole('heading', { level: 2, name: 'Bitte prüfen Sie Ihre E-Mails' }).waitFor({ timeout: 30_000 });
    await page.getByText(`Wir haben einen Bestätigungscode an ${email} geschickt.`, { exact: false }).waitFor();
    // Held, not yet booked: the slot is no longer offered, and the day list of the staff does not show it yet.
    assert.deepEqual(await bookingsOn(slot.id), [{ status: 'held', name }]);
    assert.ok(!(await freeSlots(finderConcernId)).some((free) => free.id === slot.id), 'a held slot is not offered');
    assert.equal(await staffView(slot, email), undefined);
    findings.push(...(await checkAccessibility(page, 'booking code step (de)')));
    await onPhone(page, 'booking-code-de');

    const holdMail = await mail.next(email, /bestätigen/);
    assert.match(holdMail.text ?? '', new RegExp(`Guten Tag ${name},`), 'the mail greets with the name as written');
    await page.getByLabel('Bestätigungscode (6 Ziffern)', { exact: true }).fill(codeFrom(holdMail));
    await page.getByRole('button', { name: 'Termin bestätigen', exact: true }).click();
    const confirmed = page.getByRole('heading', { level: 2, name: 'Ihr Termin ist bestätigt' });
    await confirmed.waitFor();
    const shown = await summary(page);
    assert.deepEqual({ concern: shown['Anliegen'], place: shown['Ort'] }, { concern: 'Aufenthaltserlaubnis verlängern', place: 'Kreishaus, Zimmer 12, Markt 1, 06618 Musterstadt' });
    assert.ok(shown['Wann']?.includes(berlinTime(slot.startsAt)), `the page names the booked time ${berlinTime(slot.startsAt)}: ${shown['Wann']}`);
    findings.push(...(await checkAccessibility(page, 'booking confirmed (de)')));
    await onPhone(page, 'booking-confirmed-de');

    const confirmation = await mail.next(email, /bestätigt/);
    const event = calendarEvent(confirmation);
    assert.equal(event.startDate.toJSDate().toISOString(), slot.startsAt);
    assert.equal(event.summary, 'Aufenthaltserlaubnis verlängern');
    const booked = await staffView(slot, email);
    assert.deepEqual({ name: booked?.name, status: booked?.status, concern: booked?.concernTitle }, { name, status: 'confirmed', concern: 'Aufenthaltserlaubnis verlängern' });

    // The manage link from the confirmation mail, opened as it was sent.
    await page.goto(linkFrom(confirmation, '/termin/verwalten').href);
    await heading(page, 'Ihr Termin');
    await page.getByRole('button', { name: 'Termin absagen', exact: true }).waitFor();
    const managed = await summary(page);
    assert.deepEqual({ name: managed['Vor- und Nachname'], concern: managed['Anliegen'], status: managed['Stand'] }, { name, concern: 'Aufenthaltserlaubnis verlängern', status: 'Bestätigt' });
    findings.push(...(await checkAccessibility(page, 'manage (de)')));
    await onPhone(page, 'manage-de');
    await page.getByRole('button', { name: 'Termin absagen', exact: true }).click();
    await eventually('the status after cancelling', async () => (await summary(page))['Stand'], 'Abgesagt');
    assert.equal(await page.getByRole('button', { name: 'Termin absagen', exact: true }).count(), 0, 'a cancelled appointment offers no second cancel');
    await mail.next(email, /abgesagt/);
    assert.deepEqual(await bookingsOn(slot.id), [{ status: 'cancelled', name }]);
    assert.equal(await staffView(slot, email), undefined, 'a cancelled appointment leaves the day list');
  });

  it('books in Arabic, right to left, and confirms by the link in the mail', { timeout: 90_000 }, async (t) => {
    const { lotse, mail } = running();
    const page = await profile(t);
    const name = 'مريم الأحمد';
    const email = 'مريم@مثال.example';

    await page.goto(`${lotse.url}/termin?anliegen=${directConcernId}&kreis=${slug}`);
    await heading(page, 'Termin buchen');
    await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
    await heading(page, 'حجز موعد');
    assert.deepEqual(await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang })), { dir: 'rtl', lang: 'ar' });
    const slot = await pickFirstSlot(page, 'المواعيد المتاحة', directConcernId);
    findings.push(...(await checkAccessibility(page, 'booking form (ar)')));
    await onPhone(page, 'booking-form-ar');

    await page.getByLabel('الاسم الأول واسم العائلة', { exact: true }).fill(name);
    await page.getByLabel('البريد الإلكتروني', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'حجز الموعد', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'يرجى التحقق من بريدك الإلكتروني' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByText(email, { exact: true }).getAttribute('dir'), 'ltr', 'the address keeps its own direction inside the Arabic sentence');
    findings.push(...(await checkAccessibility(page, 'booking code step (ar)')));
    await onPhone(page, 'booking-code-ar');

    // The page asked for the mail in Arabic; its link confirms without the code.
    // A mail program opens links in a browser of its choice, so a fresh profile
    // (German by default) opens it, and the person switches to Arabic there.
    const holdMail = await mail.next(email);
    assert.match(holdMail.subject ?? '', /تأكيد/);
    const linkPage = await profile(t);
    await linkPage.goto(linkFrom(holdMail, '/termin/bestaetigen').href);
    await heading(linkPage, 'Termin bestätigen');
    await linkPage.getByRole('heading', { level: 2, name: 'Ihr Termin ist bestätigt' }).waitFor();
    findings.push(...(await checkAccessibility(linkPage, 'confirm page (de)')));
    await onPhone(linkPage, 'confirm-de');
    await linkPage.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
    await heading(linkPage, 'تأكيد الموعد');
    await linkPage.getByRole('heading', { level: 2, name: 'تم تأكيد موعدك' }).waitFor();
    assert.deepEqual(await linkPage.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang })), { dir: 'rtl', lang: 'ar' });
    assert.equal((await summary(linkPage))['الطلب'], 'Verlängerung Aufenthaltstitel');
    findings.push(...(await checkAccessibility(linkPage, 'confirm page (ar)')));
    await onPhone(linkPage, 'confirm-ar');

    const confirmation = await mail.next(email, /تم تأكيد موعدك/);
    assert.equal(calendarEvent(confirmation).startDate.toJSDate().toISOString(), slot.startsAt);
    const booked = await staffView(slot, email);
    assert.deepEqual({ name: booked?.name, status: booked?.status }, { name, status: 'confirmed' });
  });
});
