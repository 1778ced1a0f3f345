// Demo articles of the knowledge base (see seed.ts). Written for the demo
// district in our own words; each names its legal basis, its "Stand" and its
// validity. They are orientation for staff, not legal advice: the law text,
// the federal application notes and the Land's decrees are authoritative.
// Where we were not sure of a detail, the text says so instead of guessing.
import { legalArticles } from './demo-articles-law.js';
import { migrationArticles } from './demo-articles-migration.js';
import { officeArticles } from './demo-articles-office.js';
import type { DemoArticle } from './demo-types.js';

export const demoArticles: DemoArticle[] = [...legalArticles, ...migrationArticles, ...officeArticles];
