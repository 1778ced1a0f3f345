// npm run bench -- booking-storm
//
// 500 slots are released at once; 5,000 concurrent clients each try to
// reserve one (random among the free ones, again on "taken" until none is
// left) and confirm it with the code from the e-mail. Lotse runs in a child
// process (like bench/http.bench.ts) and sends its mails to a real SMTP
// server in this process, from which each client takes its code.
//
// In the same run, the ceiling: the same 5,000 clients, over the same HTTP
// stack and the same connection pool, each run one single-statement
// `INSERT … ON CONFLICT DO NOTHING` into one table of the same database.
//
// Figures: bookings_per_s = reservation attempts settled per second of the
// storm (wall time from release until every client is done, confirmations
// included); ceiling_per_s = INSERT statements per second; ratio = the two.
//
// Bench settings (said out loud, since they differ from production):
// * proof of work: LOTSE_BOOKING_POW_MAX_NUMBER=20, a tiny difficulty; every
//   client fetches and solves its challenge before the release (as a browser
//   does while the person types), so solving is not in the timed part;
// * rate limits stay on at their defaults: every client has an address of its
//   own (X-Forwarded-For, the app trusts the proxy as in production) and an
//   e-mail address of its own;
// * the 5,000 clients share at most 1,000 HTTP connections (keep-alive);
// * the free-slot list is loaded once just before the release (the page that
//   was open) and shared; after "taken" a client reloads it.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

const SLOTS = 500;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 5000);
const POOL = Number(process.env.LOTSE_DB_POOL_SIZE ?? 20);

if (process.argv[2] === 'server') {
  await runServer();
} else {
  await runBench();
}

// ---------------------------------------------------------------- server side

async function runServer(): Promise<void> {
  const { buildApp } = await import('../src/app.js');
  const { loadConfig } = await import('../src/platform/config/config.js');
  const { migrate, openDatabase, withTenant } = await import('../src/platform/db/index.js');
  const { createTenant, createUnit } = await import('../src/modules/access/index.js');
  const { createSchedule, releaseSlots } = await import('../src/modules/appointments/schedules.js');
  const { sql } = await import('kysely');
  const { randomUUID } = await import('node:crypto');

  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOTSE_LOG_LEVEL: 'warn', LOTSE_SERVE_WEB: 'false', PORT: '0', LOTSE_DB_POOL_SIZE: String(POOL) });
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? '' : mkdtempSync(join(tmpdir(), 'lotse-bench-')), poolSize: config.databasePoolSize });
  await migrate(db);
  const tenant = await createTenant(db, { slug: `storm-${Date.now()}`, name: 'Sturm-Kreis' });
  const system = { id: null, label: 'Benchmark' };
  // Tomorrow, 08:00–18:00, 25 counters × 20 half-hour slots = 500 online slots.
  const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const concernId = randomUUID();
  const scheduleId = await withTenant(db, tenant.id, async (tx) => {
    const unit = await createUnit(tx, tenant.id, system, { name: 'Ausländerbehörde', type: 'immigration' });
    const locationId = randomUUID();
    await tx.insertInto('locations').values({ tenant_id: tenant.id, id: locationId, name: 'Kreishaus', address: 'Markt 1' }).execute();
    await tx.insertInto('concerns').values({ tenant_id: tenant.id, id: concernId, title: 'Aufenthaltstitel verlängern', responsible_unit_id: unit.id }).execute();
    const schedule = await createSchedule(tx, tenant.id, system, {
      unitId: unit.id, locationId, counters: 25, onlinePercent: 100, bookingWindowDays: 30, timeZone: 'UTC',
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
      concerns: [{ concernId, slotMinutes: 30 }],
    });
    return schedule.id;
  });
  await sql.raw('create table if not exists bench_ceiling (id text primary key, at timestamptz not null default now())').execute(db.kysely);

  const app = await buildApp({ config, db });
  // The ceiling's route: one statement, no transaction of ours around it.
  app.post('/bench/ceiling/:id', { config: { policy: { access: 'public' } } }, async (req) => {
    await sql`insert into bench_ceiling (id) values (${(req.params as { id: string }).id}) on conflict do nothing`.execute(db.kysely);
    return { ok: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0, backlog: 8192 });

  process.on('message', async (message: { type: string }) => {
    if (message.type === 'release') {
      const result = await withTenant(db, tenant.id, (tx) => releaseSlots(tx, tenant.id, system, scheduleId, { concernId, fromDay: day, toDay: day }));
      process.send?.({ type: 'released', ...result });
    } else if (message.type === 'verify') {
      const rows = await withTenant(db, tenant.id, (tx) =>
        sql<{ confirmed: string; live_per_slot_max: string | null; confirmed_ids: string[] }>`
          select count(*) filter (where status = 'confirmed') as confirmed,
                 (select max(n) from (select count(*) as n from appointment_bookings where status in ('held','confirmed','arrived','no_show') group by slot_id) t) as live_per_slot_max,
                 coalesce(array_agg(id) filter (where status = 'confirmed'), '{}') as confirmed_ids
          from appointment_bookings`.execute(tx));
      const row = rows.rows[0];
      process.send?.({ type: 'verified', confirmed: Number(row?.confirmed ?? 0), livePerSlotMax: Number(row?.live_per_slot_max ?? 0), confirmedIds: row?.confirmed_ids ?? [] });
    } else if (message.type === 'ceiling-count') {
      const rows = await sql<{ n: string }>`select count(*) as n from bench_ceiling`.execute(db.kysely);
      process.send?.({ type: 'ceiling-count', n: Number(rows.rows[0]?.n ?? 0) });
    } else if (message.type === 'stop') {
      await sql.raw('drop table if exists bench_ceiling').execute(db.kysely);
      await app.close();
      await db.close();
      process.exit(0);
    }
  });
  process.send?.({ type: 'ready', port: (app.server.address() as AddressInfo).port, slug: tenant.slug, concernId, db: db.kind });
}

// ---------------------------------------------------------------- load side

interface Reply { status: number; body: any; retryAfter: number }

async function runBench(): Promise<void> {
  const codes = new Map<string, string>();
  const waiting = new Map<string, (code: string) => void>();
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo[0]?.address.toLowerCase() ?? '';
        // The reservation mail (German) says "…code: 123456"; the confirmation mail has no code.
        const code = /: (\d{6})\b/.exec(Buffer.concat(chunks).toString('utf8'))?.[1];
        if (code) {
          codes.set(to, code);
          waiting.get(to)?.(code);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = ((smtp as unknown as { server: { address(): AddressInfo } }).server.address()).port;

  const child: ChildProcess = fork(new URL(import.meta.url), ['server'], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, LOTSE_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, LOTSE_MAIL_FROM: 'Lotse <termine@bench.invalid>', LOTSE_BOOKING_POW_MAX_NUMBER: '20', LOTSE_BOOKING_POW_SECRET: 'bench-secret', LOTSE_BOOKING_HOLD_MINUTES: '30' },
  });
  const ask = <T>(message: { type: string }, answer: string) => new Promise<T>((resolve) => {
    const onMessage = (reply: { type: string }) => { if (reply.type === answer) { child.off('message', onMessage); resolve(reply as T); } };
    child.on('message', onMessage);
    child.send(message);
  });
  const ready = await new Promise<{ port: number; slug: string; concernId: string; db: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as never));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  console.log(`booking-storm: ${SLOTS} slots, ${CLIENTS} clients, database ${ready.db === 'postgres' ? 'PostgreSQL' : 'PGlite'}, pool ${POOL}`);

  // 5,000 logical clients share at most 1,000 kept-alive connections (as
  // behind a reverse proxy); more simultaneous connects overrun the accept queue.
  const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
  const call = (method: string, path: string, address: string, body?: unknown) => new Promise<Reply>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request({ host: '127.0.0.1', port: ready.port, method, path, agent, headers: { 'x-forwarded-for': address, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, retryAfter: Number(res.headers['retry-after'] ?? 0) });
      });
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
  // An overloaded server answers 503 with Retry-After (no free database
  // connection within 3 s); a client waits as told and asks again.
  let overloaded = 0;
  const callPatiently = async (method: string, path: string, address: string, body?: () => Promise<unknown> | unknown): Promise<Reply> => {
    for (;;) {
      const reply = await call(method, path, address, body ? await body() : undefined);
      if (reply.status !== 503) return reply;
      overloaded += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, reply.retryAfter) * 1000));
    }
  };
  const base = `/api/public/${ready.slug}/appointments`;
  const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

  // Before the release: every client solves its proof of work.
  const solvePow = async (i: number) => {
    const { body } = await callPatiently('GET', `${base}/challenge`, addressOf(i));
    const challenge = body.challenge as Challenge;
    return { challenge, solution: await solveChallenge({ challenge, deriveKey }) };
  };
  const pows: Array<Awaited<ReturnType<typeof solvePow>> | undefined> = await inBatches(CLIENTS, 200, solvePow);
  const released = await ask<{ created: number }>({ type: 'release' }, 'released');
  if (released.created !== SLOTS) throw new Error(`released ${released.created} slots, expected ${SLOTS}`);
  const list = (await call('GET', `${base}/slots?concernId=${ready.concernId}`, '192.0.2.1')).body.items as Array<{ id: string }>;
  console.log(`released ${released.created} slots; ${list.length} shown as free`);

  // The storm.
  let attempts = 0;
  const latencies: number[] = [];
  const confirmedBy = new Map<string, string[]>();
  const errors = new Map<string, number>();
  let reservedButLost = 0;
  const countError = (key: string) => errors.set(key, (errors.get(key) ?? 0) + 1);
  const start = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
    const email = `client-${i}@storm.example`;
    const address = addressOf(i);
    let free = list.map((slot) => slot.id);
    while (free.length > 0) {
      const slotId = free[Math.floor(Math.random() * free.length)] as string;
      const begin = performance.now();
      attempts += 1;
      // A challenge counts once, also when the attempt fails: a retry solves a new one.
      const reserved = await callPatiently('POST', `${base}/reservations`, address, async () => {
        const pow = pows[i] ?? (await solvePow(i));
        pows[i] = undefined;
        return { slotId, name: `Kundin ${i}`, email, language: 'de', pow };
      });
      if (reserved.status === 201) {
        const code = codes.get(email) ?? (await new Promise<string>((resolve) => waiting.set(email, resolve)));
        const confirmed = await callPatiently('POST', `${base}/reservations/${reserved.body.id}/confirm`, address, () => ({ code }));
        latencies.push(performance.now() - begin);
        if (confirmed.status === 200 && confirmed.body.status === 'confirmed') confirmedBy.set(slotId, [...(confirmedBy.get(slotId) ?? []), reserved.body.id]);
        else { reservedButLost += 1; countError(`confirm ${confirmed.status} ${confirmed.body?.error?.code}`); }
        return;
      }
      latencies.push(performance.now() - begin);
      if (reserved.status !== 409) { countError(`reserve ${reserved.status} ${reserved.body?.error?.code}`); if (reserved.status >= 500 || reserved.status === 429) return; }
      // Taken: the page reloads the free slots.
      const reload = await callPatiently('GET', `${base}/slots?concernId=${ready.concernId}`, address);
      free = reload.status === 200 ? (reload.body.items as Array<{ id: string }>).map((slot) => slot.id) : [];
    }
  }));
  const stormSeconds = (performance.now() - start) / 1000;

  const verified = await ask<{ confirmed: number; livePerSlotMax: number; confirmedIds: string[] }>({ type: 'verify' }, 'verified');
  const clientConfirmed = [...confirmedBy.values()].flat();
  const inDb = new Set(verified.confirmedIds);
  const doubleBookings = [...confirmedBy.values()].filter((ids) => ids.length > 1).length + Math.max(0, verified.livePerSlotMax - 1);
  const lostConfirmations = clientConfirmed.filter((id) => !inDb.has(id)).length + reservedButLost;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
  const bookingsPerS = attempts / stormSeconds;
  console.log(`answers 503 (overloaded, retried after Retry-After) during the storm: ${overloaded}`);
  overloaded = 0;
  console.log(`storm: ${attempts} reservation attempts in ${stormSeconds.toFixed(2)} s, ${verified.confirmed} confirmed (${(verified.confirmed / stormSeconds).toFixed(0)} confirmed/s), p99 ${p99.toFixed(0)} ms${errors.size ? `, unexpected: ${JSON.stringify(Object.fromEntries(errors))}` : ''}`);

  // The ceiling: the same clients, one INSERT … ON CONFLICT DO NOTHING each.
  const ceilingStart = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
    const reply = await callPatiently('POST', `/bench/ceiling/client-${i}`, addressOf(i));
    if (reply.status !== 200) countError(`ceiling ${reply.status}`);
  }));
  const ceilingSeconds = (performance.now() - ceilingStart) / 1000;
  const ceilingRows = (await ask<{ n: number }>({ type: 'ceiling-count' }, 'ceiling-count')).n;
  const ceilingPerS = CLIENTS / ceilingSeconds;
  console.log(`ceiling: ${CLIENTS} single-statement inserts (${ceilingRows} rows) in ${ceilingSeconds.toFixed(2)} s, ${overloaded} answers 503 retried`);

  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.send({ type: 'stop' });
  });
  agent.destroy();
  smtp.close();
  console.log(JSON.stringify({
    bench: 'booking-storm', db: ready.db, slots: SLOTS, clients: CLIENTS, confirmed: verified.confirmed, double_bookings: doubleBookings,
    lost_confirmations: lostConfirmations, p99_ms: Math.round(p99), bookings_per_s: Math.round(bookingsPerS), ceiling_per_s: Math.round(ceilingPerS),
    ratio: Number((bookingsPerS / ceilingPerS).toFixed(3)),
  }));
  process.exit(0);
}

async function inBatches<T>(count: number, size: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => work(start + k)))));
  }
  return results;
}
