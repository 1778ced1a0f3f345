import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { createUnit } from '../../src/modules/access/index.js';
import { seedDemoCatalogue } from '../../src/modules/services/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import {
  checkAccessibility, browserTestsSkip, createDistrict, ensureWebBuild, eventually, heading, isFocused, launchChromium,
  logInFirstTime, newContext, openFromNav, screenshot, startLotse, tabTo, type A11yFinding, type Account, type Lotse,
} from './support.js';
import { UNITS } from '../cases/support.js';

// The public Anliegen-Finder in a real browser: German with the mouse, a
// 360 px phone with the keyboard only, and Arabic right to left; axe-core
// finds no serious or critical violation on question and checklist pages.

const skip = browserTestsSkip();

describe('Anliegen-Finder in the browser', { skip }, () => {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;
  let slug = '';
  let concernIds: Record<string, string> = {};
  let admin: Account | undefined;
  const findings: A11yFinding[] = [];

  before(async () => {
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();
    const district = await createDistrict(lotse);
    slug = district.tenant.slug;
    admin = district.admin;
    const tenantId = district.tenant.id;
    const seeded = await withTenant(lotse.server.db, tenantId, async (tx) => {
      for (const unit of UNITS) await createUnit(tx, tenantId, { id: null, label: 'Browsertest' }, { ...unit });
      return seedDemoCatalogue(tx, tenantId);
    });
    concernIds = seeded.concernIds;
  });

  after(async () => {
    if (findings.length > 0) console.log(`axe (minor/moderate): ${findings.map((f) => `${f.page}: ${f.id}`).join('; ')}`);
    try {
      await browser?.close();
    } finally {
      await lotse?.stop();
    }
  });

  const running = () => {
    assert.ok(lotse && browser, 'server and browser are running');
    return { lotse, browser };
  };

  async function profile(t: TestContext, options: Parameters<typeof newContext>[1] = {}) {
    const context = await newContext(running().browser, options);
    t.after(() => context.close());
    return context.newPage();
  }

  it('leads in German from two answers to the checklist with booking and walk-in routes', { timeout: 45_000 }, async (t) => {
    const { lotse } = running();
    const page = await profile(t);
    await page.goto(`${lotse.url}/${slug}/finder`);
    await heading(page, 'Anliegen-Finder');
    await page.getByRole('heading', { level: 2, name: 'Worum geht es bei Ihnen?' }).waitFor();
    findings.push(...(await checkAccessibility(page, 'finder question (de)')));

    await page.getByRole('button', { name: 'Aufenthalt und Papiere' }).click();
    const second = page.getByRole('heading', { level: 2, name: 'Was möchten Sie erledigen?' });
    await second.waitFor();
    await eventually('focus on the new question', () => isFocused(second), true);
    assert.match(page.url(), /antworten=papers$/);

    await page.getByRole('button', { name: 'Meine Aufenthaltserlaubnis läuft bald ab' }).click();
    const result = page.getByRole('heading', { level: 2, name: 'Ihre Checkliste' });
    await result.waitFor();
    await eventually('focus on the checklist', () => isFocused(result), true);
    const bring = page.getByRole('region', { name: 'Das bringen Sie mit' });
    const passport = bring.getByRole('checkbox', { name: 'Gültiger Reisepass oder Passersatz' });
    await passport.check();
    assert.equal(await passport.isChecked(), true);
    assert.equal(await bring.getByRole('checkbox', { name: 'Gültiger Reisepass oder Passersatz' }).count(), 1, 'the passport is listed once for both concerns');

    const extend = page.getByRole('article', { name: 'Aufenthaltserlaubnis verlängern' });
    const book = extend.getByRole('link', { name: /Termin online buchen/ });
    // The district comes along to the booking page.
    assert.equal(await book.getAttribute('href'), `/termin?anliegen=${concernIds['extend-permit']}&kreis=${slug}`);
    const fiction = page.getByRole('article', { name: 'Fiktionsbescheinigung' });
    await fiction.getByText('Ohne Termin kommen').waitFor();
    await fiction.getByText(/Montag bis Freitag 8 bis 12 Uhr/).waitFor();
    findings.push(...(await checkAccessibility(page, 'finder checklist (de)')));
    await screenshot(page, 'finder-checklist-de');

    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await second.waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Ihre Checkliste' }).waitFor();
  });

  it('works on a 360 px phone with the keyboard only, without sideways scrolling', { timeout: 45_000 }, async (t) => {
    const { lotse } = running();
    const page = await profile(t, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(`${lotse.url}/${slug}/finder`);
    await page.getByRole('heading', { level: 2, name: 'Worum geht es bei Ihnen?' }).waitFor();
    const family = page.getByRole('button', { name: 'Familie, Kinder und Deutschkurs' });
    await tabTo(page, family, 'the answer "Familie, Kinder und Deutschkurs"');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Worum geht es?' }).waitFor();
    const kita = page.getByRole('button', { name: 'Ich suche einen Kita-Platz für mein Kind' });
    await tabTo(page, kita, 'the answer about a Kita place');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Unterstützung bei der Suche nach einem Kita-Platz' }).waitFor();
    const checkbox = page.getByRole('checkbox', { name: 'Geburtsurkunde des Kindes und Nachweis über den Wohnort' });
    await tabTo(page, checkbox, 'the first item of the checklist');
    await page.keyboard.press('Space');
    assert.equal(await checkbox.isChecked(), true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways at 360 px (overflow ${overflow} px)`);
    await screenshot(page, 'finder-360');
  });

  it('switches to Arabic, right to left, and shows the emergency route', { timeout: 45_000 }, async (t) => {
    const { lotse } = running();
    const page = await profile(t);
    await page.goto(`${lotse.url}/${slug}/finder`);
    await page.getByRole('heading', { level: 2, name: 'Worum geht es bei Ihnen?' }).waitFor();
    await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'العربية' });
    await page.getByRole('heading', { level: 2, name: 'بماذا يتعلق طلبك؟' }).waitFor();
    assert.deepEqual(await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang })), { dir: 'rtl', lang: 'ar' });
    await heading(page, 'دليل الطلبات');
    findings.push(...(await checkAccessibility(page, 'finder question (ar)')));

    await page.getByRole('button', { name: 'حالة طارئة: أحتاج المساعدة اليوم' }).click();
    await page.getByRole('button', { name: 'ليس لدي مكان للنوم الليلة' }).click();
    await page.getByRole('heading', { level: 2, name: 'قائمتك' }).waitFor();
    const shelter = page.getByRole('article', { name: 'حالة طارئة: لا مكان للنوم الليلة' });
    await shelter.getByText('حالة طارئة – مساعدة فورية').waitFor();
    await shelter.getByText(/01234 567-110/).waitFor();
    findings.push(...(await checkAccessibility(page, 'finder checklist (ar)')));
    await screenshot(page, 'finder-checklist-ar');

    // Farsi has an interface but no demo texts: the concern stays in German, marked as such.
    await page.getByLabel('اللغة', { exact: true }).selectOption({ label: 'فارسی' });
    await page.getByRole('heading', { level: 2, name: 'فهرست شما' }).waitFor();
    const german = page.getByRole('heading', { level: 3, name: 'Notfall: heute keine Unterkunft' });
    assert.deepEqual(await german.evaluate((element) => [element.getAttribute('lang'), element.getAttribute('dir')]), ['de', 'ltr']);
    findings.push(...(await checkAccessibility(page, 'finder checklist (fa, German content)')));
  });

  it('serves the installation’s first district at /finder', { timeout: 30_000 }, async (t) => {
    const { lotse } = running();
    const first = (await (await fetch(`${lotse.url}/api/public/tenant`)).json()) as { name: string };
    const page = await profile(t);
    await page.goto(`${lotse.url}/finder`);
    await heading(page, 'Anliegen-Finder');
    await page.getByRole('banner').getByText(first.name, { exact: true }).waitFor();
  });

  it('staff edit a concern in the catalogue, and the finder shows the change in Arabic', { timeout: 60_000 }, async (t) => {
    const { lotse } = running();
    assert.ok(admin);
    const page = await profile(t);
    await logInFirstTime(page, lotse, admin);
    await openFromNav(page, 'Anliegen-Katalog');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Notfall: heute keine Unterkunft', exact: true }) });
    await row.getByRole('button', { name: 'Notfall: heute keine Unterkunft bearbeiten' }).click();
    await page.getByRole('heading', { name: 'Anliegen „Notfall: heute keine Unterkunft“ bearbeiten' }).waitFor();
    await page.getByLabel('Sprache der Texte', { exact: true }).selectOption('ar');
    const title = page.getByLabel('Titel', { exact: true });
    assert.equal(await title.getAttribute('dir'), 'rtl');
    await title.fill('طوارئ: لا يوجد مكان للنوم اليوم');
    findings.push(...(await checkAccessibility(page, 'catalogue edit form')));
    await screenshot(page, 'catalogue-edit');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Das Anliegen „Notfall: heute keine Unterkunft“ wurde gespeichert.' }).waitFor();

    // A wrong LeiKa key is refused with the reason.
    await row.getByRole('button', { name: 'Notfall: heute keine Unterkunft bearbeiten' }).click();
    await page.getByLabel('LeiKa-Schlüssel', { exact: true }).fill('12345');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Der LeiKa-Schlüssel muss aus genau 14 Ziffern bestehen.' }).waitFor();
    await page.getByRole('button', { name: 'Abbrechen', exact: true }).click();

    const visitor = await profile(t);
    await visitor.addInitScript(() => window.localStorage.setItem('lotse.language', 'ar'));
    await visitor.goto(`${lotse.url}/${slug}/finder?antworten=emergency,no-bed`);
    await visitor.getByRole('heading', { level: 3, name: 'طوارئ: لا يوجد مكان للنوم اليوم' }).waitFor();
  });
});
