#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with Node's own test runner.
// Without DATABASE_URL each test file gets its own in-memory PGlite database;
// with DATABASE_URL all files share that PostgreSQL database (each test makes
// its own tenant), migrated once here before the files start.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const filter = process.argv.slice(2);
const files = ['src', 'test']
  .flatMap(findTests)
  .filter((file) => filter.length === 0 || filter.some((part) => file.includes(part)))
  .sort();

console.log(`Datenbank: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (eingebettet)'}; ${files.length} Testdateien`);

if (process.env.DATABASE_URL) {
  const migrated = spawnSync(process.execPath, ['bin/lotse.mjs', 'migrate'], { stdio: 'inherit', env: { ...process.env } });
  if (migrated.status !== 0) process.exit(migrated.status ?? 1);
}

// A test that hangs fails after five minutes instead of holding up the run.
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=300000', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
