import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { createActiveStaff, createTenant, currentTotp, type Tenant } from '../../src/modules/access/index.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { withTenant } from '../../src/platform/db/index.js';
import type { Role } from '../../src/platform/http/policy.js';
import { startServer, type RunningServer } from '../../src/server.js';

// Browser tests drive the real server (in this process, on a fresh PGlite
// folder or the PostgreSQL of DATABASE_URL) through Debian's Chromium. Every
// test makes its own district and accounts, so runs on a shared database never
// see each other's data and never depend on the demo seed.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(tmpdir(), 'lotse-e2e-screens');

export type ChromiumCheck =
  | { status: 'ok' }
  | { status: 'skip'; reason: string }
  | { status: 'fail'; message: string };

// CI services set CI=true (or 1); CI=false or CI=0 means a developer machine.
const runsInCi = () => Boolean(process.env.CI) && !['0', 'false', 'no'].includes((process.env.CI ?? '').toLowerCase());

/** A missing browser skips the tests on a developer machine but fails CI. */
export function checkChromium(): ChromiumCheck {
  if (existsSync(CHROMIUM_PATH)) return { status: 'ok' };
  if (runsInCi()) {
    return {
      status: 'fail',
      message:
        `Chromium not found at ${CHROMIUM_PATH}. CI must run the browser tests: ` +
        `install Debian's package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    };
  }
  return { status: 'skip', reason: 'Chromium not installed (apt-get install chromium)' };
}

/**
 * The `skip` option of a file's browser tests. A missing browser skips them on
 * a developer machine; in CI it registers one failing test that says what to
 * install, and skips the rest.
 */
export function browserTestsSkip(): string | false {
  const check = checkChromium();
  if (check.status === 'ok') return false;
  if (check.status === 'skip') return check.reason;
  it('finds Chromium for the browser tests', () => assert.fail(check.message));
  return 'Chromium missing (see the failure above)';
}

/**
 * Lotse and Chromium for one file's browser tests: started before its first
 * test, stopped after its last; the moderate and minor axe findings collected
 * in `findings` are printed at the end. Register it inside the describe
 * block, before the file's own hooks, which then reach both through running().
 */
export function browserSession(): { findings: A11yFinding[]; running(): { lotse: Lotse; browser: Browser } } {
  let lotse: Lotse | undefined;
  let browser: Browser | undefined;
  const findings: A11yFinding[] = [];
  before(async () => {
    ensureWebBuild();
    lotse = await startLotse();
    browser = await launchChromium();
  });
  after(async () => {
    if (findings.length > 0) console.log(`axe (moderate/minor): ${findings.map((f) => `${f.page}: ${f.id} (${f.impact})`).join('; ')}`);
    try {
      await browser?.close();
    } finally {
      await lotse?.stop();
    }
  });
  return {
    findings,
    running() {
      assert.ok(lotse && browser, 'server and browser are running');
      return { lotse, browser };
    },
  };
}

/** Builds web/dist when it is missing or older than the sources (the script decides). */
export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  assert.equal(result.status, 0, 'building the web app failed (node scripts/ensure-web-build.mjs)');
  assert.ok(existsSync(join(repoRoot, 'web/dist/index.html')), 'web/dist/index.html missing after the build');
}

export interface Lotse {
  server: RunningServer;
  url: string;
  stop(): Promise<void>;
}

export async function startLotse(): Promise<Lotse> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lotse-e2e-data-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOTSE_LOG_LEVEL: 'silent',
    LOTSE_SEED_DEMO: 'true',
    LOTSE_SERVE_WEB: 'true',
    LOTSE_DATA_DIR: dataDir,
  });
  let server: RunningServer;
  try {
    server = await startServer(config, () => {});
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    server,
    url: server.url,
    async stop() {
      try {
        await server.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser profile (no cookies, no stored language) for one person. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 }, ...options });
  // Failures should say what was missing within seconds, not after half a minute.
  context.setDefaultTimeout(10_000);
  return context;
}

// ---------------------------------------------------------------------------
// Data: one district per test, with accounts that log in through the UI.

export const E2E_PASSWORD = 'Lotse-Browser-Probe-2026';

export interface Account {
  id: string;
  email: string;
  password: string;
  displayName: string;
  roles: Role[];
}

export interface District {
  tenant: Tenant;
  admin: Account;
}

const shortId = () => randomUUID().slice(0, 8);

export async function createAccount(lotse: Lotse, tenant: Tenant, roles: Role[], displayName: string): Promise<Account> {
  const email = `${roles[0] ?? 'staff'}-${shortId()}@${tenant.slug}.e2e.test`;
  const staff = await withTenant(lotse.server.db, tenant.id, (tx) =>
    createActiveStaff(tx, tenant.id, { id: null, label: 'Browsertest' }, { email, displayName, roles, unitIds: [], password: E2E_PASSWORD }),
  );
  return { id: staff.id, email, password: E2E_PASSWORD, displayName, roles };
}

/** A new district with one administrator who has not set up TOTP yet. */
export async function createDistrict(lotse: Lotse): Promise<District> {
  const suffix = shortId();
  const tenant = await createTenant(lotse.server.db, { slug: `e2e-${suffix}`, name: `Browserkreis ${suffix}` });
  const admin = await createAccount(lotse, tenant, ['admin'], `Ada Admin ${suffix}`);
  return { tenant, admin };
}

export const uniqueName = (prefix: string) => `${prefix} ${shortId()}`;

// ---------------------------------------------------------------------------
// Page helpers.

/** Polls until `read` returns `expected` (deep-equal), else fails naming what was awaited. */
export async function eventually<T>(what: string, read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    try {
      assert.deepEqual(last, expected);
      return;
    } catch {
      if (Date.now() > deadline) assert.fail(`${what}: expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has the focus; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, what: string, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
  });
  assert.fail(`Tab never reached ${what} within ${maxPresses} presses (focus is on ${focused})`);
}

export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export interface LoginResult {
  secret: string;
  recoveryCodes: string[];
}

/**
 * First login of an account through the UI: password, TOTP enrolment with
 * the secret shown on the page, the recovery codes, then the start page.
 * `onEnrolPage` runs while the enrolment page is on screen (axe, screenshot).
 */
export async function logInFirstTime(
  page: Page,
  lotse: Lotse,
  account: { email: string; password: string; displayName: string },
  options: { alreadyOnLoginPage?: boolean; onEnrolPage?: () => Promise<void> } = {},
): Promise<LoginResult> {
  if (!options.alreadyOnLoginPage) await page.goto(`${lotse.url}/login`);
  await heading(page, 'Anmeldung');
  const email = page.getByLabel('E-Mail', { exact: true });
  if ((await email.inputValue()) !== account.email) await email.fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();

  await heading(page, 'Zwei-Faktor-Anmeldung einrichten');
  const secretElement = page.locator('code.secret');
  await secretElement.waitFor();
  const secret = ((await secretElement.textContent()) ?? '').trim();
  assert.match(secret, /^[A-Z2-7]{16,}$/, 'the enrolment page shows the base32 secret');
  if (options.onEnrolPage) await options.onEnrolPage();
  await page.getByLabel('Sicherheitscode', { exact: true }).fill(currentTotp(secret));
  await page.getByRole('button', { name: 'Einrichtung abschließen', exact: true }).click();

  await heading(page, 'Ihre Wiederherstellungscodes');
  const codes = page.getByRole('list', { name: 'Wiederherstellungscodes' }).getByRole('listitem');
  const recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
  assert.equal(recoveryCodes.length, 10, 'ten recovery codes are shown');
  for (const code of recoveryCodes) assert.match(code, /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
  await page.getByRole('button', { name: 'Weiter zu Lotse', exact: true }).click();

  await heading(page, `Willkommen, ${account.displayName}`);
  return { secret, recoveryCodes };
}

export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hauptnavigation' });
}

export async function openFromNav(page: Page, link: string): Promise<void> {
  await nav(page).getByRole('link', { name: link, exact: true }).click();
  await heading(page, link);
}

// ---------------------------------------------------------------------------
// Accessibility and screenshots.

export interface A11yFinding {
  page: string;
  id: string;
  impact: string;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core on the page as it is and fails on serious or critical
 * violations, listing rule, help URL and the offending elements. Returns
 * the milder findings so the test can report them.
 */
export async function checkAccessibility(page: Page, label: string): Promise<A11yFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (severe.length > 0) {
    const report = severe
      .map((violation) => {
        const nodes = violation.nodes
          .slice(0, 5)
          .map((node) => `      ${node.target.join(' ')}\n        ${node.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
          .join('\n');
        return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
      })
      .join('\n');
    assert.fail(`axe found ${severe.length} serious/critical accessibility violation(s) on ${label}:\n${report}`);
  }
  return results.violations.map((violation) => ({
    page: label, id: violation.id, impact: violation.impact ?? 'unknown', help: violation.help, nodes: violation.nodes.length,
  }));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
