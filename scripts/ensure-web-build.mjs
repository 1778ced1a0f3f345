#!/usr/bin/env node
// Builds the web app before `npm start` when web/dist is missing or older
// than the sources, so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = 'web/dist/index.html';
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts'].filter(existsSync);
if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) process.exit(0);

console.log('Web-App wird gebaut …');
const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
