// `npm run bench -- <name>` runs bench/<name>.ts. Each benchmark prints
// readable lines and, as its very last line, one JSON object with its figures.
import { readdirSync } from 'node:fs';

const available = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -- <name>   (available: ${available.join(', ')})`);
  process.exit(2);
}
await import(`./${name}.bench.ts`);
