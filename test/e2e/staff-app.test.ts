import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { randomUUID } from 'node:crypto';
import {
  browserSession, browserTestsSkip, checkAccessibility, createAccount, createDistrict, eventually, heading, isFocused, logInFirstTime, nav,
  newContext, openFromNav, screenshot, tabTo, uniqueName, type A11yFinding,
} from './support.js';

// The staff app in a real browser: the journey of the issue (log in with
// TOTP, create a unit, invite a colleague, the data-protection officer checks
// the audit log, the colleague accepts the invitation), accessibility with
// axe-core, the phone layout with keyboard only, and Arabic right to left.

const skip = browserTestsSkip();

describe('staff app in the browser', { skip }, () => {
  const { running } = browserSession();

  /** A fresh browser profile that is closed after the test, whatever happens. */
  async function profile(t: TestContext, options: Parameters<typeof newContext>[1] = {}) {
    const context = await newContext(running().browser, options);
    t.after(() => context.close());
    return context.newPage();
  }

  it('admin logs in with TOTP, creates a unit and invites a colleague; the DPO finds both in the audit log; the colleague joins', { timeout: 45_000 }, async (t) => {
    const { lotse } = running();
    const district = await createDistrict(lotse);
    const dpo = await createAccount(lotse, district.tenant, ['dpo'], 'Dana Datenschutz');
    const unitName = uniqueName('Integrationsberatung Nord');
    const colleague = { name: 'Kim Kollegin', email: `kim-${randomUUID().slice(0, 8)}@${district.tenant.slug}.e2e.test` };

    // The administrator: first login with TOTP enrolment.
    const admin = await profile(t);
    await logInFirstTime(admin, lotse, district.admin);

    // Create a unit.
    await openFromNav(admin, 'Organisationseinheiten');
    await admin.getByLabel('Name', { exact: true }).fill(unitName);
    await admin.getByLabel('Art', { exact: true }).selectOption({ label: 'Integrationsberatung' });
    await admin.getByRole('button', { name: 'Einheit anlegen', exact: true }).click();
    await admin.getByRole('status').filter({ hasText: `Die Organisationseinheit „${unitName}“ wurde angelegt.` }).waitFor();
    const unitRow = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: unitName, exact: true }) });
    await unitRow.waitFor();
    assert.match((await unitRow.textContent()) ?? '', /Integrationsberatung.*Aktiv/);

    // Invite a colleague into that unit and read the invitation link.
    await openFromNav(admin, 'Mitarbeitende');
    await admin.getByLabel('E-Mail', { exact: true }).fill(colleague.email);
    await admin.getByLabel('Name', { exact: true }).fill(colleague.name);
    await admin.getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: 'Sachbearbeitung', exact: true }).check();
    await admin.getByRole('group', { name: 'Organisationseinheiten' }).getByRole('checkbox', { name: unitName }).check();
    await admin.getByRole('button', { name: 'Einladen', exact: true }).click();
    const linkField = admin.getByRole('textbox', { name: 'Einladungslink', exact: true });
    await linkField.waitFor();
    const invitationLink = await linkField.inputValue();
    assert.match(invitationLink, /^https?:\/\/[^/]+\/einladung\/[\w-]{20,}$/, 'the invitation link is shown');
    assert.equal(await linkField.getAttribute('readonly'), '', 'the link field is read-only');
    await admin.getByRole('row').filter({ hasText: colleague.email }).filter({ hasText: 'Eingeladen' }).waitFor();
    await screenshot(admin, 'staff-invited');

    // Logging out ends the session and returns to the login page.
    await admin.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await heading(admin, 'Anmeldung');
    await admin.getByText('Sie wurden abgemeldet.').waitFor();

    // The data-protection officer, in a browser profile of their own.
    const officer = await profile(t);
    await logInFirstTime(officer, lotse, dpo);
    assert.equal(await nav(officer).getByRole('link', { name: 'Organisationseinheiten', exact: true }).count(), 0, 'no administration links for the DPO');
    await openFromNav(officer, 'Audit-Protokoll');
    const entries = officer.getByRole('region', { name: 'Einträge' }).getByRole('table');
    await entries.waitFor();

    const auditRow = async (action: string) => {
      await officer.getByLabel('Aktion', { exact: true }).selectOption(action);
      await officer.getByRole('button', { name: 'Filter anwenden', exact: true }).click();
      const rows = entries.locator('tbody tr');
      await eventually(`the entries filtered to ${action}`, () => rows.locator('code').allTextContents(), [action]);
      const row = rows.first();
      assert.match((await row.textContent()) ?? '', new RegExp(district.admin.displayName), `${action} was done by the admin`);
      await row.getByText('Anzeigen', { exact: true }).click();
      return (await row.locator('pre').textContent()) ?? '';
    };
    const unitDetails = await auditRow('unit.create');
    assert.match(unitDetails, new RegExp(`"name": "${unitName}"`));
    const inviteDetails = await auditRow('staff.invite');
    assert.match(inviteDetails, /"case_worker"/);

    await officer.getByRole('button', { name: 'Kette prüfen', exact: true }).click();
    const verdict = officer.getByRole('status').filter({ hasText: 'Die Kette ist unversehrt.' });
    await verdict.waitFor();
    const checked = /Geprüfte Einträge: (\d+)\./.exec((await verdict.textContent()) ?? '');
    assert.ok(checked && Number(checked[1]) >= 6, `the whole chain was checked (${await verdict.textContent()})`);

    // The colleague opens the link in a fresh profile, sets a password and logs in.
    const newcomer = await profile(t);
    // The link carries LOTSE_PUBLIC_URL (default http://localhost:<port>); the
    // test server listens on 127.0.0.1, so the link's path is opened there.
    assert.equal(new URL(invitationLink).port, new URL(lotse.url).port, 'the link names the port the server listens on');
    await newcomer.goto(`${lotse.url}${new URL(invitationLink).pathname}`);
    await heading(newcomer, 'Einladung annehmen');
    await newcomer.getByText(colleague.email, { exact: true }).waitFor();
    const password = 'Neue-Kollegin-Passwort-77';
    await newcomer.getByLabel('Passwort', { exact: true }).fill(password);
    await newcomer.getByLabel('Passwort wiederholen', { exact: true }).fill(password);
    await newcomer.getByRole('button', { name: 'Passwort festlegen', exact: true }).click();
    await newcomer.getByText('Ihr Passwort ist gespeichert. Bitte melden Sie sich jetzt an.').waitFor();
    await logInFirstTime(newcomer, lotse, { email: colleague.email, password, displayName: colleague.name }, { alreadyOnLoginPage: true });
    await newcomer.getByText(unitName, { exact: true }).waitFor();
    assert.equal(await nav(newcomer).getByRole('link', { name: 'Audit-Protokoll', exact: true }).count(), 0, 'a case worker has no audit viewer');

    // The link works once only.
    const again = await profile(t);
    await again.goto(`${lotse.url}${new URL(invitationLink).pathname}`);
    await again.getByRole('alert').filter({ hasText: 'Diese Einladung ist ungültig, abgelaufen oder wurde schon verwendet.' }).waitFor();
  });

  it('has no serious or critical axe violations on login, enrolment, units, staff and audit pages', { timeout: 45_000 }, async (t) => {
    const { lotse } = running();
    const district = await createDistrict(lotse);
    const page = await profile(t);
    const findings: A11yFinding[] = [];

    await page.goto(`${lotse.url}/login`);
    await heading(page, 'Anmeldung');
    findings.push(...(await checkAccessibility(page, 'login page')));
    await screenshot(page, 'login-de');

    await logInFirstTime(page, lotse, district.admin, {
      alreadyOnLoginPage: true,
      onEnrolPage: async () => {
        await page.getByRole('img', { name: /QR-Code/ }).waitFor();
        findings.push(...(await checkAccessibility(page, 'enrolment page')));
        await screenshot(page, 'enrolment');
      },
    });

    await openFromNav(page, 'Organisationseinheiten');
    await page.getByLabel('Name', { exact: true }).fill(uniqueName('Jobcenter Süd'));
    await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Jobcenter' });
    await page.getByRole('button', { name: 'Einheit anlegen', exact: true }).click();
    await page.getByRole('region', { name: 'Alle Organisationseinheiten' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'units page')));
    await screenshot(page, 'units-desktop');

    await openFromNav(page, 'Mitarbeitende');
    await page.getByRole('region', { name: 'Alle Mitarbeitenden' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'staff page')));

    await openFromNav(page, 'Audit-Protokoll');
    await page.getByRole('region', { name: 'Einträge' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'audit page')));
    await screenshot(page, 'audit');

    t.diagnostic(`axe: 5 pages checked, ${findings.length} moderate/minor finding(s)`);
    for (const finding of findings) t.diagnostic(`axe (${finding.impact}) on ${finding.page}: ${finding.id} – ${finding.help} (${finding.nodes} element(s))`);
  });

  it('works on a 360 px phone: the menu opens the navigation and a unit is created with the keyboard only', { timeout: 45_000 }, async (t) => {
    const { lotse } = running();
    const district = await createDistrict(lotse);
    const page = await profile(t, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await logInFirstTime(page, lotse, district.admin);

    const menu = page.getByRole('button', { name: 'Menü', exact: true });
    const navigation = nav(page);
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await navigation.isVisible(), false, 'the navigation is folded away on a phone');
    await menu.tap();
    await eventually('menu expanded after a tap', () => menu.getAttribute('aria-expanded'), 'true');
    await navigation.getByRole('link', { name: 'Organisationseinheiten', exact: true }).waitFor();
    await screenshot(page, 'phone-menu-open');
    await page.keyboard.press('Escape');
    await eventually('menu closed by Escape', () => menu.getAttribute('aria-expanded'), 'false');
    assert.ok(await isFocused(menu), 'Escape returns the focus to the menu button');
    assert.equal(await navigation.isVisible(), false);

    // From here on only the keyboard.
    await page.keyboard.press('Enter');
    await eventually('menu opened by Enter', () => menu.getAttribute('aria-expanded'), 'true');
    await tabTo(page, navigation.getByRole('link', { name: 'Organisationseinheiten', exact: true }), 'the link "Organisationseinheiten"');
    await page.keyboard.press('Enter');
    await heading(page, 'Organisationseinheiten');
    await eventually('menu closes after navigating', () => menu.getAttribute('aria-expanded'), 'false');

    const unitName = uniqueName('Unterbringung Ost');
    await tabTo(page, page.getByLabel('Name', { exact: true }), 'the field "Name"');
    await page.keyboard.type(unitName);
    await page.keyboard.press('Tab');
    const type = page.getByLabel('Art', { exact: true });
    assert.ok(await isFocused(type), 'Tab moves from "Name" to "Art"');
    await page.keyboard.type('Unterb'); // type-ahead in the closed select
    assert.equal(await type.inputValue(), 'accommodation');
    await tabTo(page, page.getByRole('button', { name: 'Einheit anlegen', exact: true }), 'the button "Einheit anlegen"');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Die Organisationseinheit „${unitName}“ wurde angelegt.` }).waitFor();
    await page.getByRole('rowheader', { name: unitName, exact: true }).waitFor();
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), '', 'the form is empty for the next unit');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways at 360 px (overflow ${overflow} px)`);
    await screenshot(page, 'units-phone');
  });

  it('switches the login page to Arabic, right to left', { timeout: 30_000 }, async (t) => {
    const { lotse } = running();
    const page = await profile(t);
    await page.goto(`${lotse.url}/login`);
    await heading(page, 'Anmeldung');
    assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');

    await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
    await eventually('<html dir lang>', async () => ({
      dir: await page.locator('html').getAttribute('dir'),
      lang: await page.locator('html').getAttribute('lang'),
    }), { dir: 'rtl', lang: 'ar' });
    await heading(page, 'تسجيل الدخول');
    assert.equal(await page.getByRole('heading', { name: 'Anmeldung' }).count(), 0);
    const findings = await checkAccessibility(page, 'Arabic login page');
    for (const finding of findings) t.diagnostic(`axe (${finding.impact}) on ${finding.page}: ${finding.id} – ${finding.help}`);
    await screenshot(page, 'login-ar');

    // The choice is kept for the next visit on this device.
    await page.reload();
    await heading(page, 'تسجيل الدخول');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  });
});
