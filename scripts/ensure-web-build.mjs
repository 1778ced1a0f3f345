#!/usr/bin/env node
// Builds the web app before `npm start` when web/dist is missing or older
// than the sources, so a fresh clone needs only `npm install && npm start`.
// Browser test files call this too, several at once: one builds while the
// others wait for its lock, and the build goes to a folder of its own that
// replaces web/dist in one rename, so a server never serves half a build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const DIST = 'web/dist';
const LOCK = 'web/.build-lock';
const STALE_LOCK_MS = 5 * 60_000;

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function upToDate() {
  const built = join(DIST, 'index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts'].filter(existsSync);
  return existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest));
}

async function lock() {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A build that died leaves its lock behind; it does not hold forever.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
}

if (upToDate()) process.exit(0);
await lock();
let status = 0;
try {
  if (!upToDate()) {
    console.log('Web-App wird gebaut …');
    const fresh = `web/.dist-${process.pid}`;
    // --outDir is relative to the Vite root (web/).
    const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn', '--outDir', fresh.slice('web/'.length), '--emptyOutDir'], {
      stdio: 'inherit',
      // Tests run with NODE_ENV=test, which would give React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
    status = result.status ?? 1;
    if (status === 0) {
      const old = `web/.dist-old-${process.pid}`;
      if (existsSync(DIST)) renameSync(DIST, old);
      renameSync(fresh, DIST);
      rmSync(old, { recursive: true, force: true });
    } else {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(LOCK, { recursive: true, force: true });
}
process.exit(status);
