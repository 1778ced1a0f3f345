import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { addDays, localDay, localToInstant } from '../../src/modules/appointments/local-time.js';
import { migrate, openDatabase, withTenant, type Database } from '../../src/platform/db/index.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import { makeTenant, type TestTenant } from '../support/factories.js';
import { makeBooking } from '../intake/support.js';
import { startMailBox, type MailBox } from './support.js';

// `lotse appointments remind`, run as its own process as an operator's cron
// job would: tomorrow's confirmed appointments get their reminder through a
// real SMTP server, once; other days and cancelled bookings get none.

const run = promisify(execFile);
const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'lotse-remind-'));
let db: Database | undefined;
let mail: MailBox;
let tenant: TestTenant;
const bookings = {} as Record<'tomorrow' | 'later' | 'cancelled', { id: string }>;

before(async () => {
  mail = await startMailBox();
  db = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir ?? 'memory://' });
  await migrate(db);
  tenant = await makeTenant(db);
  const unitId = Object.values(tenant.units)[0] as string;
  const concernId = (await makeConcern(db, tenant, { responsibleUnitId: unitId })).id;
  const locationId = (await makeLocation(db, tenant)).id;
  const tomorrow = addDays(localDay(new Date(), 'Europe/Berlin'), 1);
  const at = (day: string) => localToInstant(day, 10 * 60, 'Europe/Berlin');
  bookings.tomorrow = await makeBooking(db, tenant, { unitId, locationId, concernId, startsAt: at(tomorrow) });
  bookings.later = await makeBooking(db, tenant, { unitId, locationId, concernId, startsAt: at(addDays(tomorrow, 1)) });
  bookings.cancelled = await makeBooking(db, tenant, { unitId, locationId, concernId, startsAt: new Date(at(tomorrow).getTime() + 3600_000), status: 'cancelled' });
  // The embedded database allows one process at a time: hand it to the CLI.
  if (dataDir) {
    await db.close();
    db = undefined;
  }
});
after(async () => {
  await db?.close();
  await mail.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function remind(): Promise<string> {
  const { stdout } = await run(process.execPath, ['bin/lotse.mjs', 'appointments', 'remind', '--tenant', tenant.slug], {
    env: { ...process.env, LOTSE_SMTP_URL: mail.url, ...(dataDir && { LOTSE_DATA_DIR: dataDir }) },
    encoding: 'utf8',
  });
  return stdout;
}

const addressOf = (booking: { id: string }) => `b-${booking.id.slice(0, 8)}@example.org`;

describe('lotse appointments remind', () => {
  it('mails tomorrow\'s confirmed appointments once, and nobody else', async () => {
    assert.match(await remind(), new RegExp(`${tenant.slug}: 1 Erinnerung\\(en\\) gesendet`));
    const reminder = await mail.next(addressOf(bookings.tomorrow), /Erinnerung/);
    assert.match(reminder.text ?? '', /\/termin\/verwalten\?/);
    assert.match(await remind(), new RegExp(`${tenant.slug}: 0 Erinnerung\\(en\\) gesendet`), 'the second run sends nothing');
    assert.equal(mail.mails.filter((m) => m.subject?.includes('Erinnerung')).length, 1);
    for (const other of [bookings.later, bookings.cancelled]) {
      assert.ok(!mail.mails.some((m) => JSON.stringify(m.to).includes(addressOf(other))), 'no mail for other days or cancelled bookings');
    }
    db ??= openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir ?? 'memory://' });
    const audit = await withTenant(db, tenant.id, (tx) => tx.selectFrom('audit_log').select(['action', 'subject_id']).where('action', '=', 'appointment.remind').execute());
    assert.deepEqual(audit.map((row) => row.subject_id), [bookings.tomorrow.id]);
  });
});
