// npm run bench -- tickets
// Twenty kiosks draw 200 tickets per second for 30 s (BENCH_DURATION_S) at
// one location, over 50 concurrent connections, while four counters call and
// finish tickets and 50 waiting-room screens listen to the location's event
// stream. Counts duplicate and missing numbers among the answers, and the time
// from sending the issue (or call) to the event reaching each screen.
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest, get } from 'node:http';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 30);
const RATE = Number(process.env.BENCH_TICKETS_PER_S ?? 200);
const CLIENTS = 50;
const SCREENS = 50;
const COUNTERS = 4;
// Kiosk devices, each with its own address (the app runs behind a proxy, as in production).
const KIOSKS = 20;

interface Target {
  child: ChildProcess;
  base: string;
  slug: string;
  db: string;
  unitId: string;
  locationId: string;
  concernId: string;
  counters: Array<{ cookie: string; csrf: string }>;
  desk: { cookie: string; csrf: string };
}

function startTarget(): Promise<Target> {
  const child = fork(new URL('./tickets-target.ts', import.meta.url), [String(COUNTERS)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, ...(message as Omit<Target, 'child'>) }));
    child.once('exit', (code) => reject(new Error(`tickets server exited with ${code}`)));
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** A screen: its own connection to the event stream; notes when each event arrived. */
function openScreen(url: string): Promise<{ arrivals: Map<string, number>; close(): void }> {
  return new Promise((resolve, reject) => {
    const arrivals = new Map<string, number>();
    const req = get(url, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`screen got ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!event || !data || (event !== 'issued' && event !== 'called')) continue;
          const number = (JSON.parse(data) as { number: number }).number;
          arrivals.set(`${event}:${number}`, now);
        }
      });
      resolve({ arrivals, close: () => req.destroy() });
    });
    req.on('error', reject);
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number));

console.log(`tickets benchmark: ${RATE} tickets/s for ${DURATION_S} s from ${CLIENTS} connections, ${COUNTERS} counters, ${SCREENS} screens, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
const target = await startTarget();
try {
  const location = `/api/public/${target.slug}/intake/locations/${target.locationId}`;
  const screens = await Promise.all(Array.from({ length: SCREENS }, () => openScreen(`${target.base}${location}/display/events`)));

  const sentAt = new Map<string, number>();
  const numbers: number[] = [];
  let failed = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const pending = new Set<Promise<void>>();

  // Four of five tickets come from the kiosk; the fifth is issued at the desk
  // already sorted to the unit, so that the counters have tickets to call.
  const deskHeaders = { cookie: target.desk.cookie, 'x-csrf-token': target.desk.csrf };
  const issueOne = (atDesk: boolean, index: number) => {
    const started = performance.now();
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const sending = atDesk
      ? post(target.base, '/api/intake/tickets', { locationId: target.locationId, concernId: target.concernId }, deskHeaders)
      : post(target.base, `${location}/tickets`, { concernGroup: 'residence' }, { 'x-forwarded-for': `10.0.0.${index % KIOSKS}` });
    const work = sending
      .then((response) => {
        if (response.status !== 201) {
          failed += 1;
          return;
        }
        const body = JSON.parse(response.body) as { number?: number; ticket?: { number: number } };
        const number = (body.ticket?.number ?? body.number) as number;
        numbers.push(number);
        sentAt.set(`issued:${number}`, started);
      })
      .catch(() => void (failed += 1))
      .finally(() => {
        inFlight -= 1;
        pending.delete(work);
      });
    pending.add(work);
  };

  let calls = 0;
  let stop = false;
  const counterLoop = async (counter: { cookie: string; csrf: string }, index: number) => {
    const headers = { cookie: counter.cookie, 'x-csrf-token': counter.csrf };
    while (!stop) {
      const started = performance.now();
      const response = await post(target.base, '/api/intake/call-next', { locationId: target.locationId, unitId: target.unitId, counterName: `Schalter ${index + 1}` }, headers);
      const ticket = response.status === 200 ? (JSON.parse(response.body) as { ticket: { id: string; number: number } | null }).ticket : null;
      if (ticket) {
        calls += 1;
        sentAt.set(`called:${ticket.number}`, started);
        await post(target.base, `/api/intake/tickets/${ticket.id}/finish`, {}, headers);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  // Open loop: a fixed schedule of sends, whatever the answers take.
  const started = performance.now();
  const total = RATE * DURATION_S;
  let sent = 0;
  const counters = target.counters.map((counter, index) => counterLoop(counter, index));
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE));
      while (sent < due) {
        issueOne(sent % 5 === 4, sent);
        sent += 1;
      }
      if (sent >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
  });
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all([...pending]);
  stop = true;
  await Promise.all(counters);
  // Let the last events arrive.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const screen of screens) screen.close();

  const unique = new Set(numbers);
  const duplicates = numbers.length - unique.size;
  const max = Math.max(0, ...unique);
  const gaps = max - unique.size;
  const latencies: number[] = [];
  let missed = 0;
  for (const screen of screens) {
    for (const [key, sent] of sentAt) {
      const arrived = screen.arrivals.get(key);
      if (arrived === undefined) missed += 1;
      else latencies.push(arrived - sent);
    }
  }
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  console.log(`issued ${numbers.length} of ${total} in ${elapsed.toFixed(1)} s (${(numbers.length / elapsed).toFixed(0)}/s), failed ${failed}, most in flight ${maxInFlight}`);
  console.log(`numbers 1…${max}: ${duplicates} duplicates, ${gaps} gaps; counters called ${calls}`);
  console.log(`screen events: ${latencies.length} received, ${missed} missed; latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`);
  console.log(JSON.stringify({ bench: 'tickets', db: target.db, issued: numbers.length, duplicates, gaps, display_p95_ms: Number(p95.toFixed(1)) }));
} finally {
  target.child.kill('SIGTERM');
  agent.destroy();
}
