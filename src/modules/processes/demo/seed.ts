import { withTenant, type Database } from '../../../platform/db/index.js';
import { parseBpmn, type ParsedBpmn } from '../bpmn.js';
import type { Editor } from '../editors.js';
import { createProcessGroup } from '../groups.js';
import { createProcess } from '../processes.js';
import { buildBpmn } from './bpmn-builder.js';
import { demoCatalogue } from './catalogue.js';
import { demoModels } from './models.js';

// Seeds the demo district's process map. Owners and concerns are looked up by
// name in the tenant; whatever is missing there (e.g. when the concern
// catalogue was not seeded) is simply left out.

const SYSTEM: Editor = { staffId: null, displayName: 'Demo-Daten', roles: ['admin'], unitIds: [] };

export async function seedDemoProcesses(db: Database, tenantId: string): Promise<{ groups: number; processes: number; models: number }> {
  const models = new Map<string, ParsedBpmn>();
  // Every model is checked exactly as an import would be: no warnings allowed.
  for (const model of demoModels) models.set(model.key, await parseBpmn(await buildBpmn(model)));

  return withTenant(db, tenantId, async (tx) => {
    if (await tx.selectFrom('process_groups').select('id').executeTakeFirst()) return { groups: 0, processes: 0, models: 0 };
    const units = new Map((await tx.selectFrom('units').select(['id', 'name']).execute()).map((unit) => [unit.name, unit.id]));
    const staff = new Map((await tx.selectFrom('staff').select(['id', 'email']).execute()).map((member) => [member.email, member.id]));
    const concerns = new Map((await tx.selectFrom('concerns').select(['id', 'title']).execute()).map((concern) => [concern.title, concern.id]));
    let processes = 0;
    let withModel = 0;
    for (const [position, group] of demoCatalogue.entries()) {
      const { id: groupId } = await createProcessGroup(tx, tenantId, SYSTEM, { name: group.name, position });
      for (const entry of group.processes) {
        const ownerUnitId = entry.owner && 'unit' in entry.owner ? (units.get(entry.owner.unit) ?? null) : null;
        const ownerStaffId = entry.owner && 'staffEmail' in entry.owner ? (staff.get(entry.owner.staffEmail) ?? null) : null;
        const model = entry.model ? models.get(entry.model) : undefined;
        if (entry.model && !model) throw new Error(`demo process "${entry.title}" names the unknown model ${entry.model}`);
        await createProcess(tx, tenantId, SYSTEM, {
          groupId, title: entry.title, description: entry.description, ownerUnitId, ownerStaffId,
          concernIds: (entry.concerns ?? []).flatMap((title) => concerns.get(title) ?? []), articleIds: [],
          changeNote: model ? 'Prozess mit BPMN-Modell aus der Prozessaufnahme angelegt' : 'Prozess in die Prozesslandkarte aufgenommen',
          ...(model && { model }),
        });
        processes += 1;
        if (model) withModel += 1;
      }
    }
    return { groups: demoCatalogue.length, processes, models: withModel };
  });
}
