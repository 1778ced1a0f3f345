import { createProcess, createProcessGroup, parseBpmn } from '../../src/modules/processes/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { bpmnFile } from '../processes/support.js';
import type { TargetFactory } from './types.js';

const SYSTEM = { staffId: null, displayName: 'Test', roles: ['admin'] as const, unitIds: [] };

export const targets: TargetFactory = async ({ ctx, home }) => {
  const model = await parseBpmn(bpmnFile());
  const { group, process } = await withTenant(ctx.db, home.id, async (tx) => {
    const group = await createProcessGroup(tx, home.id, SYSTEM, { name: 'Aufenthalt (Ziel)' });
    const process = await createProcess(tx, home.id, SYSTEM, { groupId: group.id, title: 'Verlängerung (Ziel)', description: '', ownerUnitId: null, ownerStaffId: null, model });
    return { group, process };
  });
  const params = { id: process.id };
  return {
    'PATCH /api/process-groups/:id': { params: { id: group.id }, body: { name: 'Aufenthalt (übernommen)' } },
    'GET /api/processes/:id': { params },
    // The route-by-role test sends each body once to the home tenant, after the foreign tries changed nothing.
    'PATCH /api/processes/:id': { params, body: { baseVersion: 1, changeNote: 'Titel geschärft', title: 'Verlängerung (übernommen)' } },
    'PUT /api/processes/:id/links': { params, body: { concernIds: [], articleIds: [] } },
    'POST /api/processes/:id/model': { params, body: { xml: bpmnFile({ taskName: 'Geprüft' }), baseVersion: 2, changeNote: 'Modell ersetzt' } },
    'GET /api/processes/:id/model': { params },
    'GET /api/processes/:id/bpmn': { params },
    'GET /api/processes/:id/checklist': { params },
  };
};
