import { createServer, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './platform/config/config.js';
import { migrate, openDatabase, type Database } from './platform/db/index.js';
import { DEMO_PASSWORD, seedDemo } from './modules/access/index.js';
import { bookingContext, sendReminders } from './modules/appointments/index.js';
import { referralEscalationJob } from './modules/cases/index.js';
import { systemClock } from './platform/clock.js';
import { startJobs } from './platform/jobs.js';

// Starting Lotse: open the database, apply migrations, seed the demo district
// when asked to, listen, and run the background jobs (reminders, escalation of
// overdue referrals). Shutdown stops the jobs, then the server, then the
// database, so work in flight finishes.

/** Reminder mails for tomorrow's appointments: each booking is claimed in the database, so every process may run this. */
const REMINDERS_EVERY_MS = 15 * 60_000;

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(requested: Config, print: (line: string) => void = console.log): Promise<RunningServer> {
  const config = requested.port === 0 ? await onFreePort(requested) : requested;
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  const applied = await migrate(db);
  if (applied.length > 0) print(`Migrationen angewendet: ${applied.join(', ')}`);
  const app = await buildApp({ config, db });
  const seeded = config.seedDemo ? await seedDemo(db) : undefined;
  await app.listen({ host: config.host, port: config.port });
  const reminders = bookingContext(config, db, systemClock, app.log);
  const jobs = startJobs([
    { name: 'appointment-reminders', everyMs: REMINDERS_EVERY_MS, run: () => sendReminders(reminders) },
    // Overdue referrals go to the receiving unit's lead; each is claimed in the database, so every process may run this.
    referralEscalationJob(db, systemClock),
  ], app.log);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;

  print('');
  print(`Lotse läuft auf ${url}  (Datenbank: ${db.kind === 'pglite' ? `eingebettet, ${config.dataDir}` : 'PostgreSQL'})`);
  if (seeded) {
    print(`Demo: ${seeded.tenantName}${seeded.created ? ' (eben angelegt)' : ''}. Anmeldungen (Passwort für alle: ${DEMO_PASSWORD}):`);
    for (const login of seeded.logins) print(`  ${login.email.padEnd(38)} ${login.roles.join(', ')}`);
    print('Beim ersten Anmelden richten Sie den zweiten Faktor (TOTP) mit einer Authenticator-App ein.');
  }
  print(`API-Dokumentation: ${url}/api/docs`);

  return {
    app,
    db,
    url,
    async stop() {
      await jobs.stop();
      await reminders.mailer.close();
      await app.close();
      await db.close();
    },
  };
}

/**
 * PORT=0 asks for any free port. The port must be known before the app is
 * built, because links that leave the server (invitations) carry it.
 */
async function onFreePort(config: Config): Promise<Config> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, config.host, resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const publicUrl = config.publicUrl === 'http://localhost:0' ? `http://localhost:${port}` : config.publicUrl;
  return Object.freeze({ ...config, port, publicUrl });
}
