#!/usr/bin/env node
// The `lotse` command for development and the demo: runs the TypeScript
// sources through tsx. Production runs the compiled build instead:
// `npm run build && node dist/cli/main.js start` (see README).
const { register } = await import('tsx/esm/api');
register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
