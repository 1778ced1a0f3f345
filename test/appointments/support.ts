import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { json, type Caller } from '../support/app.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import type { TestTenant } from '../support/factories.js';
import type { Database } from '../../src/platform/db/index.js';

// A real SMTP server for the test, and helpers to set up a schedule with
// released slots and to solve the proof of work as the browser does.

export interface MailBox {
  url: string;
  mails: ParsedMail[];
  /** Resolves with the next mail to this address (already received or arriving). */
  next(to: string, subject?: RegExp): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startMailBox(): Promise<MailBox> {
  const mails: ParsedMail[] = [];
  const waiting: Array<{ to: string; subject: RegExp | undefined; resolve: (mail: ParsedMail) => void }> = [];
  const taken = new Set<ParsedMail>();
  const matches = (mail: ParsedMail, to: string, subject?: RegExp) =>
    !taken.has(mail) && (Array.isArray(mail.to) ? mail.to : [mail.to]).some((a) => a?.value.some((v) => v.address?.normalize('NFC').toLowerCase() === to.normalize('NFC').toLowerCase())) && (!subject || subject.test(mail.subject ?? ''));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push(mail);
        const index = waiting.findIndex((w) => matches(mail, w.to, w.subject));
        if (index >= 0) {
          const [waiter] = waiting.splice(index, 1);
          taken.add(mail);
          waiter?.resolve(mail);
        }
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    next(to, subject) {
      const found = mails.find((mail) => matches(mail, to, subject));
      if (found) {
        taken.add(found);
        return Promise.resolve(found);
      }
      return new Promise((resolve, reject) => {
        // Generous: the shared test machine can be slow; a missing mail still fails.
        const timer = setTimeout(() => reject(new Error(`no mail to ${to} within 20 s`)), 20_000);
        waiting.push({ to, subject, resolve: (mail) => { clearTimeout(timer); resolve(mail); } });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let nextAddress = 0;
/** Solves the challenge the way the booking page does (each from an address of its own, so tests about limits count only what they mean). */
export async function solvePow(app: FastifyInstance, tenantSlug: string) {
  nextAddress += 1;
  const remoteAddress = `10.${(nextAddress >> 16) & 255}.${(nextAddress >> 8) & 255}.${nextAddress & 255}`;
  const response = await app.inject({ method: 'GET', url: `/api/public/${tenantSlug}/appointments/challenge`, remoteAddress });
  const { challenge } = json<{ challenge: Challenge }>(response);
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return { challenge, solution };
}

export const BOOKING_ENV = { LOTSE_BOOKING_POW_MAX_NUMBER: '40', LOTSE_BOOKING_POW_SECRET: 'test-secret-for-pow' };

/** Weekdays 08:00–12:00, two counters, half online, 30-minute slots. */
export async function setUpSchedule(db: Database, tenant: TestTenant, planner: Caller, options: { counters?: number; onlinePercent?: number; bookingWindowDays?: number; cooldownMinutes?: number } = {}) {
  const unitId = Object.values(tenant.units)[0] as string;
  const concern = await makeConcern(db, tenant, { title: 'Verlängerung Aufenthaltstitel', responsibleUnitId: unitId });
  const location = await makeLocation(db, tenant);
  const created = await planner.inject({
    method: 'POST', url: '/api/appointments/schedules',
    payload: {
      unitId, locationId: location.id, counters: options.counters ?? 2, onlinePercent: options.onlinePercent ?? 50, bookingWindowDays: options.bookingWindowDays ?? 30,
      cooldownMinutes: options.cooldownMinutes ?? 30,
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '12:00' })),
      concerns: [{ concernId: concern.id, slotMinutes: 30 }],
    },
  });
  if (created.statusCode !== 201) throw new Error(`schedule: ${created.body}`);
  return { scheduleId: json<{ id: string }>(created).id, concernId: concern.id, locationId: location.id, unitId };
}

// The code stands alone at the end of its line ("Ihr Bestätigungscode: 123456");
// other numbers in the mail (a location called "Bürgerbüro 301742") must not be taken for it.
export function codeFrom(mail: ParsedMail): string {
  const code = /:\s*(\d{6})\s*$/m.exec(mail.text ?? '')?.[1];
  if (!code) throw new Error(`no confirmation code in the mail: ${mail.text}`);
  return code;
}
export const linkFrom = (mail: ParsedMail, path: string) => new URL(new RegExp(`(https?://\\S+${path}\\S+)`).exec(mail.text ?? '')?.[1] as string);
