import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createArticle, createVersion, transitionVersion } from '../../src/modules/knowledge/index.js';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import type { Tenant } from '../../src/modules/access/index.js';

// Builders for knowledge tests: articles with published versions, written
// through the domain functions, and process-map entries written directly
// (the process module's own factories may differ).

const ctxOf = (tenant: Tenant) => ({ tenantId: tenant.id, actor: { id: null, label: 'Test' } });

export interface PublishedArticle {
  id: string;
  versionIds: string[];
}

/** An article whose versions (given in order) are all published. */
export async function makePublishedArticle(
  db: Database, tenant: Tenant,
  input: { title?: string; ownerStaffId?: string; reviewBy?: string; versions: Array<{ body: string; validFrom: string; validUntil?: string | null; title?: string }> },
): Promise<PublishedArticle> {
  return withTenant(db, tenant.id, async (tx) => {
    const ctx = ctxOf(tenant);
    const title = input.title ?? `Artikel ${randomUUID().slice(0, 6)}`;
    const [first, ...rest] = input.versions;
    if (!first) throw new Error('at least one version');
    const created = await createArticle(tx, ctx, { title, ownerStaffId: input.ownerStaffId ?? null }, { bodyMarkdown: first.body, validFrom: first.validFrom, validUntil: first.validUntil ?? null });
    const versionIds = [created.versionId];
    for (const version of rest) versionIds.push((await createVersion(tx, ctx, created.id, { title: version.title ?? title, bodyMarkdown: version.body, validFrom: version.validFrom, validUntil: version.validUntil ?? null })).id);
    for (const id of versionIds) {
      await transitionVersion(tx, ctx, id, 'submit', { today: '2026-01-01' });
      await transitionVersion(tx, ctx, id, 'publish', { today: '2026-01-01', reviewBy: input.reviewBy ?? null });
    }
    return { id: created.id, versionIds };
  });
}

/** A process of the process map, with a group of its own. */
export async function makeProcess(db: Database, tenant: Tenant, input: { title: string; description?: string }): Promise<{ id: string }> {
  const id = randomUUID();
  const groupId = randomUUID();
  await withTenant(db, tenant.id, async (tx) => {
    await sql`insert into process_groups (tenant_id, id, name) values (${tenant.id}, ${groupId}, ${`Gruppe ${groupId.slice(0, 6)}`})`.execute(tx);
    await sql`insert into processes (tenant_id, id, group_id, title, description) values (${tenant.id}, ${id}, ${groupId}, ${input.title}, ${input.description ?? ''})`.execute(tx);
  });
  return { id };
}
