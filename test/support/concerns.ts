import { randomUUID } from 'node:crypto';
import { withTenant, type Database } from '../../src/platform/db/index.js';
import type { Tenant } from '../../src/modules/access/index.js';

/** A concern (Anliegen) of the catalogue, for tests of modules that work with concerns. */
export async function makeConcern(db: Database, tenant: Tenant, input: { title?: string; responsibleUnitId?: string | null } = {}): Promise<{ id: string }> {
  const id = randomUUID();
  await withTenant(db, tenant.id, (tx) =>
    tx.insertInto('concerns').values({ tenant_id: tenant.id, id, title: input.title ?? 'Verlängerung Aufenthaltstitel', responsible_unit_id: input.responsibleUnitId ?? null }).execute(),
  );
  return { id };
}

/** A location (office) of the tenant. */
export async function makeLocation(db: Database, tenant: Tenant, input: { name?: string } = {}): Promise<{ id: string }> {
  const id = randomUUID();
  await withTenant(db, tenant.id, (tx) =>
    tx.insertInto('locations').values({ tenant_id: tenant.id, id, name: input.name ?? `Bürgerbüro ${id.slice(0, 6)}`, address: 'Markt 1, 06618 Musterstadt' }).execute(),
  );
  return { id };
}
