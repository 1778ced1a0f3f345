import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../platform/config/config.js';
import { migrate, openDatabase, withSystem, withTenant, type Database } from '../platform/db/index.js';
import { verifyAuditChain } from '../platform/audit/index.js';
import { isAppError } from '../platform/errors/index.js';
import { roles, type Role } from '../platform/http/policy.js';
import { createActiveStaff, createTenant, findPartnerByNameOrId, findTenantBySlug, listTenants, seedDemo } from '../modules/access/index.js';
import { bookingContext, sendReminders } from '../modules/appointments/index.js';
import { escalateOverdueReferrals } from '../modules/cases/index.js';
import { systemClock } from '../platform/clock.js';
import { startServer } from '../server.js';

// The one `lotse` command. Each sub-command calls the same domain functions
// as the HTTP routes.

function config(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

async function withDatabase<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const cfg = config();
  const db = openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  try {
    await migrate(db);
    return await work(db, cfg);
  } finally {
    await db.close();
  }
}

function parseRoles(value: string): Role[] {
  const list = value.split(',').map((role) => role.trim()).filter(Boolean);
  for (const role of list) {
    if (!(roles as readonly string[]).includes(role)) throw new InvalidArgumentError(`unknown role "${role}" (known: ${roles.join(', ')})`);
  }
  return list as Role[];
}

const program = new Command('lotse').description('Lotse – kommunales Integrationsmanagement');

program
  .command('start')
  .description('start the server (migrates first; seeds the demo district when LOTSE_SEED_DEMO is on)')
  .action(async () => {
    const server = await startServer(config());
    const stop = async (signal: string) => {
      console.log(`\n${signal}: Lotse wird beendet …`);
      await server.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const cfg = config();
    const db = openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
    try {
      const applied = await migrate(db, (name) => console.log(`angewendet: ${name}`));
      console.log(applied.length === 0 ? 'Die Datenbank ist auf dem neuesten Stand.' : `${applied.length} Migration(en) angewendet.`);
    } finally {
      await db.close();
    }
  });

program
  .command('seed')
  .description('create the demo district "Landkreis Musterland" if it does not exist')
  .action(() =>
    withDatabase(async (db) => {
      const result = await seedDemo(db);
      console.log(result.created ? `${result.tenantName} angelegt.` : `${result.tenantName} gibt es schon.`);
    }),
  );

const tenant = program.command('tenant').description('manage tenants (Kommunen, Landkreise)');
tenant
  .command('create')
  .requiredOption('--slug <slug>', 'short name, e.g. burgenlandkreis')
  .requiredOption('--name <name>', 'display name, e.g. "Burgenlandkreis"')
  .action((options: { slug: string; name: string }) =>
    withDatabase(async (db) => {
      const created = await createTenant(db, options);
      console.log(`Mandant angelegt: ${created.name} (${created.slug}, ${created.id})`);
    }),
  );
tenant.command('list').action(() =>
  withDatabase(async (db) => {
    for (const t of await listTenants(db)) console.log(`${t.slug}\t${t.name}\t${t.id}`);
  }),
);

const user = program.command('user').description('manage staff accounts');
user
  .command('create')
  .description('create an active staff account with a password (e.g. the first administrator)')
  .requiredOption('--tenant <slug>', 'tenant short name')
  .requiredOption('--email <email>')
  .requiredOption('--name <displayName>')
  .requiredOption('--roles <roles>', `comma-separated: ${roles.join(', ')}`, parseRoles)
  .option('--password-env <variable>', 'read the password from this environment variable', 'LOTSE_NEW_PASSWORD')
  .option('--partner-org <name or id>', 'partner organisation of a partner counsellor (required with the role partner_counsellor)')
  .action((options: { tenant: string; email: string; name: string; roles: Role[]; passwordEnv: string; partnerOrg?: string }) =>
    withDatabase(async (db) => {
      const found = await findTenantBySlug(db, options.tenant);
      if (!found) throw new Error(`Mandant "${options.tenant}" gibt es nicht.`);
      const password = process.env[options.passwordEnv];
      if (!password) throw new Error(`Bitte das Passwort in der Umgebungsvariable ${options.passwordEnv} übergeben.`);
      const staff = await withTenant(db, found.id, async (tx) => {
        let partnerOrganisationId: string | null = null;
        if (options.partnerOrg !== undefined) {
          const partner = await findPartnerByNameOrId(tx, options.partnerOrg);
          if (!partner) throw new Error(`Partnerorganisation "${options.partnerOrg}" gibt es in ${found.name} nicht.`);
          partnerOrganisationId = partner.id;
        }
        return createActiveStaff(tx, found.id, { id: null, label: 'Kommandozeile' }, {
          email: options.email, displayName: options.name, roles: options.roles, unitIds: [], password, partnerOrganisationId,
        });
      });
      const organisation = staff.partnerOrganisationName ? `, ${staff.partnerOrganisationName}` : '';
      console.log(`Konto angelegt: ${staff.email} (${staff.roles.join(', ')}${organisation}). Der zweite Faktor wird bei der ersten Anmeldung eingerichtet.`);
    }),
  );

program
  .command('audit')
  .description('audit log tools')
  .command('verify')
  .description('recompute the hash chains; exit code 1 if anything was changed, removed or inserted')
  .option('--tenant <slugs...>', 'only these tenants (default: all)')
  .action((options: { tenant?: string[] }) =>
    withDatabase(async (db) => {
      let failed = false;
      const tenants = (await listTenants(db)).filter((t) => !options.tenant || options.tenant.includes(t.slug));
      if (options.tenant && tenants.length !== options.tenant.length) throw new Error('Mindestens einen der genannten Mandanten gibt es nicht.');
      for (const t of tenants) {
        // One snapshot per chain, so entries written meanwhile do not look like tampering.
        const report = await withSystem(db, (tx) => verifyAuditChain(tx, t.id), { isolation: 'repeatable read' });
        console.log(`${t.slug}: ${report.checked} Einträge geprüft, ${report.ok ? 'Kette intakt' : `${report.problems.length} Problem(e)`}`);
        for (const problem of report.problems) console.log(`  #${problem.seq} [${problem.kind}] ${problem.message}`);
        failed ||= !report.ok;
      }
      if (failed) process.exitCode = 1;
    }),
  );

program
  .command('appointments')
  .description('online booking tools')
  .command('remind')
  .description("send the reminder mails for tomorrow's appointments now (the running server also does this every 15 minutes)")
  .option('--tenant <slugs...>', 'only these tenants (default: all)')
  .action((options: { tenant?: string[] }) =>
    withDatabase(async (db, cfg) => {
      const tenants = (await listTenants(db)).filter((t) => !options.tenant || options.tenant.includes(t.slug));
      if (options.tenant && tenants.length !== options.tenant.length) throw new Error('Mindestens einen der genannten Mandanten gibt es nicht.');
      const context = bookingContext(cfg, db, systemClock, { warn: (obj, msg) => console.warn(msg, obj) });
      try {
        for (const t of tenants) {
          const outcome = await sendReminders(context, { tenantId: t.id });
          console.log(`${t.slug}: ${outcome.sent} Erinnerung(en) gesendet${outcome.notSent ? `, ${outcome.notSent} nicht gesendet` : ''}`);
          if (outcome.notSent > 0) process.exitCode = 1;
        }
      } finally {
        await context.mailer.close();
      }
    }),
  );

program
  .command('referrals')
  .description('referrals between units (Weiterleitungen)')
  .command('escalate')
  .description('escalate overdue referrals to the receiving unit\'s lead now (the running server also does this every 15 minutes)')
  .option('--tenant <slugs...>', 'only these tenants (default: all)')
  .action((options: { tenant?: string[] }) =>
    withDatabase(async (db) => {
      const tenants = (await listTenants(db)).filter((t) => !options.tenant || options.tenant.includes(t.slug));
      if (options.tenant && tenants.length !== options.tenant.length) throw new Error('Mindestens einen der genannten Mandanten gibt es nicht.');
      for (const t of tenants) {
        const outcome = await escalateOverdueReferrals(db, systemClock.now(), { tenantId: t.id });
        console.log(`${t.slug}: ${outcome.escalated} überfällige Weiterleitung(en) eskaliert`);
      }
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (isAppError(error)) console.error(`Fehler ${error.code}: ${error.userMessage('de')}`);
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
