import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createUnit } from '../../src/modules/access/index.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { withTenant } from '../../src/platform/db/index.js';
import { BOOKING_ENV, linkFrom, setUpSchedule, solvePow, startMailBox, type MailBox } from '../appointments/support.js';
import { json, type Caller } from '../support/app.js';
import { makeStaff, sessionFor, type TestTenant } from '../support/factories.js';
import { UNITS } from '../cases/support.js';
import {
  browserTestsSkip, checkAccessibility, createDistrict, ensureWebBuild, heading, isFocused, launchChromium, newContext, screenshot, startLotse, tabTo,
  type A11yFinding, type Lotse,
} from './support.js';

// The draw for scarce releases in a real browser, with mail through a real
// SMTP server: staff open a draw and release its slots; on the booking page a
// person takes part by keyboard (name, e-mail, the page solves the proof of
// work), opens the link from the mail and is in the draw. Eight more verified
// requests make one more request than slots; after the draw the same links
// show each person's outcome (in German and in Arabic), winners get the
// confirmation mail. axe-core finds no serious or critical violation.

const skip = browserTestsSkip();

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const berlinDay = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));
/** A weekday at least two days ahead, so the released day has slots. */
function nextWeekday(): string {
  for (let days = 2; ; days += 1) {
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));
    if (!['Sat', 'Sun'].includes(weekday)) return berlinDay(days);
  }
}

describe('Draw for scarce appointments in the browser', { skip }, () => {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;
  let mail: MailBox | undefined;
  let planner: Caller | undefined;
  let slug = '';
  let tenantId = '';
  let concernId = '';
  let drawId = '';
  const findings: A11yFinding[] = [];
  const changedEnv = { ...BOOKING_ENV, LOTSE_SMTP_URL: '' };

  before(async () => {
    mail = await startMailBox();
    changedEnv.LOTSE_SMTP_URL = mail.url;
    Object.assign(process.env, changedEnv);
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();

    const { db, app } = lotse.server;
    const district = await createDistrict(lotse);
    slug = district.tenant.slug;
    tenantId = district.tenant.id;
    const units = await withTenant(db, tenantId, async (tx) => {
      const made: Record<string, string> = {};
      for (const unit of UNITS.slice(0, 1)) made[unit.name] = (await createUnit(tx, tenantId, { id: null, label: 'Browsertest' }, { ...unit })).id;
      return made;
    });
    const tenant: TestTenant = { ...district.tenant, units };
    planner = await sessionFor(app, db, loadConfig({ ...process.env, NODE_ENV: 'test' }), await makeStaff(db, tenant, { roles: ['unit_lead'] }));

    // Staff open a draw: requests for an hour from now on, one counter's day of slots.
    const schedule = await setUpSchedule(db, tenant, planner);
    concernId = schedule.concernId;
    const created = await planner.inject({
      method: 'POST', url: '/api/appointments/draws',
      payload: { scheduleId: schedule.scheduleId, concernId, requestsOpenAt: new Date(Date.now() - 60_000).toISOString(), requestsCloseAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    assert.equal(created.statusCode, 201, created.body);
    drawId = json<{ id: string }>(created).id;
    const day = nextWeekday();
    const released = await planner.inject({ method: 'POST', url: `/api/appointments/schedules/${schedule.scheduleId}/releases`, payload: { concernId, fromDay: day, toDay: day, counters: [1], drawId } });
    assert.equal(released.statusCode, 201, released.body);
    assert.equal(json<{ created: number }>(released).created, 8, 'eight 30-minute slots from 08:00 to 12:00');
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

  function facts(page: Page, within: string): Promise<Record<string, string>> {
    return page.locator(`${within} dl`).first().evaluate((list) => Object.fromEntries(
      [...list.querySelectorAll('dt')].map((term) => [term.textContent?.trim() ?? '', term.nextElementSibling?.textContent?.trim() ?? '']),
    ));
  }

  /** A request through the public API as another person's browser would send it, verified by the mailed link. */
  async function enterAndVerify(person: { name: string; email: string }, index: number): Promise<URL> {
    const { lotse, mail } = running();
    const { app } = lotse.server;
    const asked = await app.inject({
      method: 'POST', url: `/api/public/${slug}/appointments/draws/${drawId}/requests`, remoteAddress: `198.51.100.${index + 1}`,
      payload: { ...person, language: 'de', pow: await solvePow(app, slug) },
    });
    assert.equal(asked.statusCode, 201, asked.body);
    const link = linkFrom(await mail.next(person.email), '/termin/verlosung');
    const verified = await app.inject({ method: 'POST', url: `/api/public/${slug}/appointments/draws/verify`, remoteAddress: `198.51.100.${index + 1}`, payload: { token: link.searchParams.get('token') } });
    assert.equal(verified.statusCode, 200, verified.body);
    return link;
  }

  it('takes part on the booking page by keyboard, verifies by the mailed link, and sees the outcome after the draw', { timeout: 120_000 }, async (t) => {
    const { lotse, mail, planner } = running();
    const name = 'Olena Kovalenko';
    const email = `olena-${slug}@example.org`;
    const page = await profile(t);

    await page.goto(`${lotse.url}/termin?anliegen=${concernId}&kreis=${slug}`);
    await heading(page, 'Termin buchen');
    const offer = page.getByRole('region', { name: 'Termine per Verlosung' });
    await offer.waitFor();
    // The draw's slots are not offered for booking one by one, and without a free slot the page asks for no name and address below.
    await page.getByText('Zurzeit sind keine Termine frei.', { exact: false }).waitFor();
    await page.locator('#booking-name').waitFor({ state: 'hidden' });
    assert.equal(await page.getByRole('button', { name: 'Termin reservieren' }).count(), 0);
    const shown = await facts(page, '.draw-offer');
    assert.equal(shown['Verloste Termine'], '8');
    assert.match(shown['Ort'] ?? '', /Markt 1, 06618 Musterstadt/);
    assert.ok(shown['Anmeldung bis'], 'the end of requests is named');
    findings.push(...(await checkAccessibility(page, 'draw offer (de)')));
    await onPhone(page, 'draw-offer-de');

    // Keyboard only: Tab to the button, Enter opens the form with the focus in the name field.
    const enter = offer.getByRole('button', { name: 'An der Verlosung teilnehmen', exact: true });
    await tabTo(page, enter, 'the button "An der Verlosung teilnehmen"');
    await page.keyboard.press('Enter');
    const nameField = offer.getByLabel('Vor- und Nachname', { exact: true });
    await nameField.waitFor();
    assert.ok(await isFocused(nameField), 'the name field has the focus once the form opens');
    await page.keyboard.type(name);
    await tabTo(page, offer.getByLabel('E-Mail-Adresse', { exact: true }), 'the e-mail field');
    await page.keyboard.type(email);
    findings.push(...(await checkAccessibility(page, 'draw form (de)')));
    await onPhone(page, 'draw-form-de');
    await tabTo(page, offer.getByRole('button', { name: 'Teilnahme anmelden', exact: true }), 'the submit button');
    await page.keyboard.press('Enter');
    // The page fetches the challenge and solves the proof of work before it sends the request.
    const checkMail = offer.getByRole('heading', { level: 3, name: 'Bitte prüfen Sie Ihre E-Mails' });
    await checkMail.waitFor({ timeout: 30_000 });
    assert.ok(await isFocused(checkMail), 'the focus moves to the news that a mail is on its way');
    await offer.getByText(`Wir haben einen Link an ${email} geschickt.`, { exact: false }).waitFor();
    findings.push(...(await checkAccessibility(page, 'draw check mail (de)')));
    await onPhone(page, 'draw-check-mail-de');

    // The link from the mail, opened in the browser a mail program picks.
    const drawMail = await mail.next(email, /verlosung/i);
    const link = linkFrom(drawMail, '/termin/verlosung');
    assert.equal(link.searchParams.get('kreis'), slug);
    const linkPage = await profile(t);
    await linkPage.goto(link.href);
    await heading(linkPage, 'Teilnahme an der Verlosung');
    await linkPage.getByRole('heading', { level: 2, name: 'Sie nehmen an der Verlosung teil' }).waitFor();
    const pending = await facts(linkPage, 'main');
    assert.equal(pending['Anliegen'], 'Verlängerung Aufenthaltstitel');
    assert.equal(pending['Anmeldung bis'], shown['Anmeldung bis'], 'the page names when requests close, as the booking page did');
    findings.push(...(await checkAccessibility(linkPage, 'draw verified (de)')));
    await onPhone(linkPage, 'draw-verified-de');
    const stored = await withTenant(lotse.server.db, tenantId, (tx) => tx.selectFrom('appointment_draw_requests').select(['id', 'verified_at']).where('draw_id', '=', drawId).where('email', '=', email).executeTakeFirstOrThrow());
    assert.ok(stored.verified_at, 'the request is verified');

    // Asking a second time with the same address is refused in the person's language.
    await page.reload();
    await offer.getByRole('button', { name: 'An der Verlosung teilnehmen', exact: true }).click();
    await offer.getByLabel('Vor- und Nachname', { exact: true }).fill(name);
    await offer.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await offer.getByRole('button', { name: 'Teilnahme anmelden', exact: true }).click();
    await offer.getByRole('alert').filter({ hasText: 'Mit dieser E-Mail-Adresse sind Sie schon angemeldet.' }).waitFor({ timeout: 30_000 });

    // Eight more verified requests: nine for eight slots, so exactly one goes away empty.
    const others = new Map<string, URL>();
    for (let i = 0; i < 8; i += 1) {
      const person = { name: `Mitlos ${i}`, email: `mitlos-${i}-${slug}@example.org` };
      others.set(person.email, await enterAndVerify(person, i));
    }

    // Requests close now instead of in an hour; then staff run the draw through their API.
    await withTenant(lotse.server.db, tenantId, (tx) => tx.updateTable('appointment_draws').set({ requests_close_at: new Date(Date.now() - 1000) }).where('id', '=', drawId).execute());
    const run = await planner.inject({ method: 'POST', url: `/api/appointments/draws/${drawId}/run` });
    assert.equal(run.statusCode, 200, run.body);
    assert.deepEqual([json(run).verifiedRequests, json(run).winners], [9, 8]);

    const outcomes = await withTenant(lotse.server.db, tenantId, (tx) => tx.selectFrom('appointment_draw_requests').select(['email', 'slot_id']).where('draw_id', '=', drawId).execute());
    const loser = outcomes.find((r) => r.slot_id === null)?.email as string;
    // A winner other than the person in the browser, whose own mail is looked at below.
    const winner = outcomes.find((r) => r.slot_id !== null && r.email !== email)?.email as string;
    const linkOf = (address: string) => (address === email ? link : (others.get(address) as URL));

    // The winner's page names the appointment; the confirmation mail brings the calendar file.
    await linkPage.goto(linkOf(winner).href);
    await linkPage.getByRole('heading', { level: 2, name: 'Sie haben einen Termin erhalten' }).waitFor();
    const won = await facts(linkPage, 'main');
    assert.equal(won['Anliegen'], 'Verlängerung Aufenthaltstitel');
    assert.match(won['Ort'] ?? '', /Markt 1, 06618 Musterstadt/);
    assert.match(won['Wann'] ?? '', /um \d{2}:\d{2}/);
    findings.push(...(await checkAccessibility(linkPage, 'draw won (de)')));
    await onPhone(linkPage, 'draw-won-de');
    const confirmation = await mail.next(winner, /bestätigt/);
    assert.ok(confirmation.attachments.some((a) => a.contentType.startsWith('text/calendar')), 'the winner gets the calendar file');
    assert.ok(linkFrom(confirmation, '/termin/verwalten'), 'and the manage link');

    // The one without a slot learns it from the same link, here in Arabic, right to left.
    await linkPage.goto(linkOf(loser).href);
    await linkPage.getByRole('heading', { level: 2, name: 'Diesmal haben Sie leider keinen Termin erhalten' }).waitFor();
    const again = linkPage.getByRole('link', { name: 'Freie Termine ansehen' });
    assert.equal(await again.getAttribute('href'), `/termin?anliegen=${concernId}&kreis=${slug}`);
    findings.push(...(await checkAccessibility(linkPage, 'draw not won (de)')));
    await linkPage.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
    await heading(linkPage, 'المشاركة في القرعة');
    await linkPage.getByRole('heading', { level: 2, name: 'للأسف لم تحصل على موعد هذه المرة' }).waitFor();
    assert.deepEqual(await linkPage.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang })), { dir: 'rtl', lang: 'ar' });
    findings.push(...(await checkAccessibility(linkPage, 'draw not won (ar)')));
    await onPhone(linkPage, 'draw-not-won-ar');

    // The person from the browser sees their own outcome, whichever it is.
    await linkPage.goto(link.href);
    const own = email === loser ? 'للأسف لم تحصل على موعد هذه المرة' : 'حصلت على موعد';
    await linkPage.getByRole('heading', { level: 2, name: own, exact: true }).waitFor();
    if (email !== loser) {
      await onPhone(linkPage, 'draw-won-ar');
      await mail.next(email, /bestätigt/);
    }

    // After the draw the booking page no longer offers it.
    await page.reload();
    await heading(page, 'Termin buchen');
    await page.getByText('Zurzeit sind keine Termine frei.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Termine per Verlosung' }).count(), 0);
  });

  it('explains an invalid link, in German and in Ukrainian', { timeout: 60_000 }, async (t) => {
    const { lotse } = running();
    const page = await profile(t);
    await page.goto(`${lotse.url}/termin/verlosung?kreis=${slug}&token=${'x'.repeat(32)}`);
    await heading(page, 'Teilnahme an der Verlosung');
    await page.getByRole('alert').filter({ hasText: 'Dieser Link ist ungültig.' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'draw link invalid (de)')));
    await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'Українська' });
    await heading(page, 'Участь у жеребкуванні');
    await page.getByRole('alert').filter({ hasText: 'Це посилання недійсне.' }).waitFor();
    await onPhone(page, 'draw-link-invalid-uk');
  });

  it('opens a draw in Arabic on the booking page, right to left, without scrolling sideways at 360 px', { timeout: 60_000 }, async (t) => {
    const { lotse } = running();
    // A second draw of the same concern that takes requests later: announced, no form yet.
    const later = await running().planner.inject({
      method: 'POST', url: '/api/appointments/draws',
      payload: { scheduleId: await scheduleOf(concernId), concernId, requestsOpenAt: new Date(Date.now() + 86_400_000).toISOString(), requestsCloseAt: new Date(Date.now() + 2 * 86_400_000).toISOString() },
    });
    assert.equal(later.statusCode, 201, later.body);
    const page = await profile(t);
    await page.goto(`${lotse.url}/termin?anliegen=${concernId}&kreis=${slug}`);
    await heading(page, 'Termin buchen');
    await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
    const offer = page.getByRole('region', { name: 'مواعيد بالقرعة' });
    await offer.getByText('لم يبدأ التسجيل بعد.', { exact: false }).waitFor();
    assert.equal(await offer.getByRole('button').count(), 0, 'no form before requests open');
    assert.deepEqual(await page.evaluate(() => document.documentElement.dir), 'rtl');
    findings.push(...(await checkAccessibility(page, 'draw announced (ar)')));
    await onPhone(page, 'draw-announced-ar');
  });

  async function scheduleOf(concern: string): Promise<string> {
    const { lotse } = running();
    const row = await withTenant(lotse.server.db, tenantId, (tx) => tx.selectFrom('appointment_schedule_concerns').select('schedule_id').where('concern_id', '=', concern).executeTakeFirstOrThrow());
    return row.schedule_id;
  }
});
