import { randomUUID } from 'node:crypto';
import { startAuditChain } from '../../platform/audit/index.js';
import { withSystem, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';

// Tenants (a Landkreis or a city) are created by operators through the CLI,
// not through the web app: an installation serves one or a few of them.

export interface Tenant {
  id: string;
  slug: string;
  name: string;
}

export async function createTenant(db: Database, input: { slug: string; name: string }): Promise<Tenant> {
  return withSystem(db, async (tx) => {
    const taken = await tx.selectFrom('tenants').select('id').where('slug', '=', input.slug).executeTakeFirst();
    if (taken) throw new AppError('TENANT_SLUG_TAKEN');
    const tenant = { id: randomUUID(), slug: input.slug, name: input.name };
    await tx.insertInto('tenants').values(tenant).execute();
    await startAuditChain(tx, tenant.id);
    return tenant;
  });
}

export function findTenantBySlug(db: Database, slug: string): Promise<Tenant | undefined> {
  return withSystem(db, (tx) => tx.selectFrom('tenants').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst());
}

export function listTenants(db: Database): Promise<Tenant[]> {
  return withSystem(db, (tx) => tx.selectFrom('tenants').select(['id', 'slug', 'name']).orderBy('slug').execute());
}
