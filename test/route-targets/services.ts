import { makeConcern, makeLocation } from '../support/concerns.js';
import type { TargetFactory } from './types.js';

// Records of the concern catalogue that the route-by-role test tries as another tenant.
export const targets: TargetFactory = async ({ ctx, home }) => {
  const location = await makeLocation(ctx.db, home);
  const concern = await makeConcern(ctx.db, home, { title: 'Zielanliegen' });
  const concernBody = {
    leikaKey: null, channel: 'online_booking', durationMinutes: 20, forms: [], active: true, responsibleUnitId: null, locationIds: [],
    texts: { de: { title: 'Übernommen', description: 'Von außen geändert' } },
  };
  return {
    'GET /api/concerns/:id': { params: { id: concern.id } },
    'PUT /api/concerns/:id': { params: { id: concern.id }, body: concernBody },
    'PUT /api/locations/:id': { params: { id: location.id }, body: { name: 'Übernommen', address: 'Anderswo 1' } },
  };
};
