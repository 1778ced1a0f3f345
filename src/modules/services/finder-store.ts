import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { CATALOGUE_PURPOSE } from './concerns.js';
import { assertValidTree, type FinderTree } from './finder-tree.js';

// The one decision tree of a district, stored as a checked JSON document.

export async function loadFinderTree(tx: Tx): Promise<FinderTree | undefined> {
  const row = await tx.selectFrom('finder_trees').select('tree').executeTakeFirst();
  return row ? (row.tree as FinderTree) : undefined;
}

export async function saveFinderTree(tx: Tx, tenantId: string, actor: Actor, raw: unknown): Promise<FinderTree> {
  const concernIds = new Set((await tx.selectFrom('concerns').select('id').execute()).map((row) => row.id));
  const tree = assertValidTree(raw, (id) => concernIds.has(id));
  const json = JSON.stringify(tree);
  await tx
    .insertInto('finder_trees')
    .values({ tenant_id: tenantId, tree: json })
    .onConflict((conflict) => conflict.column('tenant_id').doUpdateSet({ tree: json, updated_at: new Date() }))
    .execute();
  await recordAudit(tx, { tenantId, actor, action: 'finder_tree.update', subjectType: 'finder_tree', purpose: CATALOGUE_PURPOSE, details: { questions: Object.keys(tree.nodes).length } });
  return tree;
}
