import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { createPartner } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import {
  browserSession, browserTestsSkip, checkAccessibility, createDistrict, eventually, isFocused, logInFirstTime, nav, newContext, screenshot, tabTo,
  uniqueName,
} from './support.js';

// Inviting a counsellor of a partner organisation in the staff app, on a
// 360 px phone and with the keyboard only: the organisation select appears
// with the role, is required, and the list shows the organisation.

const skip = browserTestsSkip();

describe('partner counsellors in the staff app', { skip }, () => {
  const { running } = browserSession();

  it('invites a partner counsellor with the organisation chosen by keyboard at 360 px', { timeout: 60_000 }, async (t) => {
    const { lotse, browser } = running();
    const district = await createDistrict(lotse);
    const partnerName = uniqueName('Diakonie');
    await withTenant(lotse.server.db, district.tenant.id, (tx) =>
      createPartner(tx, district.tenant.id, { id: null, label: 'Browsertest' }, { name: partnerName, kind: 'Wohlfahrtsverband' }));
    const context = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    t.after(() => context.close());
    const page = await context.newPage();
    await logInFirstTime(page, lotse, district.admin);

    await page.getByRole('button', { name: 'Menü', exact: true }).tap();
    await nav(page).getByRole('link', { name: 'Mitarbeitende', exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: 'Mitarbeitende' }).waitFor();

    const select = page.getByLabel('Partnerorganisation', { exact: true });
    assert.equal(await select.count(), 0, 'no organisation select before the role is chosen');

    // From here on only the keyboard.
    const email = `beratung-${randomUUID().slice(0, 8)}@diakonie.e2e.test`;
    await tabTo(page, page.getByLabel('E-Mail', { exact: true }), 'the field "E-Mail"');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bea Beratung');
    const role = page.getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: 'Beratung Partnerorganisation', exact: true });
    await tabTo(page, role, 'the role "Beratung Partnerorganisation"');
    await page.keyboard.press('Space');
    await select.waitFor();

    // Sent without an organisation: the form says what is missing, next to the select.
    const invite = page.getByRole('button', { name: 'Einladen', exact: true });
    await tabTo(page, invite, 'the button "Einladen"');
    await page.keyboard.press('Enter');
    await page.getByText('Bitte wählen Sie die Partnerorganisation aus.', { exact: true }).waitFor();
    assert.equal(await select.getAttribute('aria-invalid'), 'true');
    await checkAccessibility(page, 'staff invite form with the organisation select');

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, select, 'the select "Partnerorganisation"');
    await page.keyboard.type('Diak'); // type-ahead in the closed select
    assert.equal(await select.locator('option:checked').textContent(), partnerName);
    await tabTo(page, invite, 'the button "Einladen"');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Einladungslink', exact: true }).waitFor();

    const row = page.getByRole('row').filter({ hasText: email });
    await eventually('the organisation in the staff list', async () => /Partnerorganisation: Diakonie/.test((await row.textContent()) ?? ''), true);
    assert.match((await row.textContent()) ?? '', new RegExp(partnerName));

    // The edit form shows the organisation chosen.
    const edit = row.getByRole('button', { name: 'Bea Beratung bearbeiten' });
    await tabTo(page, edit, 'the button "Bea Beratung bearbeiten"', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bea Beratung bearbeiten' }).waitFor();
    assert.ok(await isFocused(page.getByRole('heading', { name: 'Bea Beratung bearbeiten' })), 'the edit form takes the focus');
    assert.equal(await page.getByLabel('Partnerorganisation', { exact: true }).locator('option:checked').textContent(), partnerName);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways at 360 px (overflow ${overflow} px)`);
    await screenshot(page, 'staff-partner-phone');
  });
});
