import { withTenant, type Database } from '../../src/platform/db/index.js';
import type { Tenant } from '../../src/modules/access/index.js';
import { insertPerson, type PersonInput } from '../../src/modules/people/index.js';

/**
 * A person in the register, for tests of modules that work with people.
 * Written through the register's own insert (names with search keys,
 * identifiers), without an audit entry; more fields than the name may be given.
 */
export async function makePerson(db: Database, tenant: Tenant, name: Partial<PersonInput> = {}): Promise<{ id: string }> {
  const id = await withTenant(db, tenant.id, (tx) =>
    insertPerson(tx, tenant.id, { ...name, familyName: name.familyName ?? 'Testperson', givenNames: name.givenNames ?? 'Ada' }, new Date()),
  );
  return { id };
}
