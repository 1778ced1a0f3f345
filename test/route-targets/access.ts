import { createPartner } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { makeStaff } from '../support/factories.js';
import type { TargetFactory } from './types.js';

export const targets: TargetFactory = async ({ ctx, home }) => {
  const homeStaff = await makeStaff(ctx.db, home);
  const partner = await withTenant(ctx.db, home.id, (tx) => createPartner(tx, home.id, { id: null, label: 'Test' }, { name: 'Caritas Test', kind: 'Wohlfahrtsverband' }));
  return {
    'PATCH /api/units/:id': { params: { id: Object.values(home.units)[0] as string }, body: { name: 'Übernommen' } },
    'PATCH /api/staff/:id': { params: { id: homeStaff.id }, body: { displayName: 'Übernommen' } },
    'PATCH /api/partner-organisations/:id': { params: { id: partner.id }, body: { name: 'Übernommen' } },
  };
};
