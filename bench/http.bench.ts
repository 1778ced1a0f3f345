// npm run bench -- http
// Authenticated read (session lookup + policy + one small query) against a
// bare Fastify route returning a constant, both under the same autocannon
// load (50 connections, ~20 s each), each server in its own process.
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const CONNECTIONS = 50;

interface Target {
  child: ChildProcess;
  url: string;
  cookie?: string;
  db?: string;
}

function startTarget(mode: 'bare' | 'authed'): Promise<Target> {
  const child = fork(new URL('./http-target.ts', import.meta.url), [mode], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, ...(message as Omit<Target, 'child'>) }));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
}

async function load(target: Target, seconds: number, title: string) {
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: target.cookie ? { cookie: target.cookie } : {},
    title,
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${title}: ${failed} failed requests (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`);
  return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total };
}

async function measure(mode: 'bare' | 'authed') {
  const target = await startTarget(mode);
  try {
    await load(target, 3, `${mode} warm-up`);
    const figures = await load(target, DURATION_S, mode);
    console.log(`${mode.padEnd(7)} ${figures.rps.toFixed(0).padStart(7)} req/s   p99 ${figures.p99} ms   (${figures.total} requests in ${DURATION_S} s)`);
    return { ...figures, db: target.db };
  } finally {
    target.child.kill();
  }
}

console.log(`http benchmark: ${CONNECTIONS} connections, ${DURATION_S} s per route, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
const bare = await measure('bare');
const authed = await measure('authed');
const ratio = authed.rps / bare.rps;
console.log(`ratio authed/bare: ${ratio.toFixed(2)}`);
console.log(JSON.stringify({
  bench: 'http',
  db: authed.db,
  authed_rps: Math.round(authed.rps),
  bare_rps: Math.round(bare.rps),
  ratio: Number(ratio.toFixed(3)),
  authed_p99_ms: authed.p99,
}));
