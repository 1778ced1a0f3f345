import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { Role } from '../../platform/http/policy.js';

// Who may change a process. Reading is open to all staff; changing is for
// administrators and for unit leads who own the process (through their unit
// or in person). A process without an owner may be taken over by any lead.

export interface Editor {
  /** null for the system (demo data, imports from the command line). */
  staffId: string | null;
  displayName: string;
  roles: readonly Role[];
  unitIds: readonly string[];
}

export interface Ownership {
  ownerUnitId: string | null;
  ownerStaffId: string | null;
}

export const EDITOR_ROLES = ['admin', 'unit_lead'] as const satisfies readonly Role[];

export function mayEdit(editor: Editor, process: Ownership): boolean {
  if (editor.roles.includes('admin')) return true;
  if (!editor.roles.includes('unit_lead')) return false;
  if (process.ownerUnitId === null && process.ownerStaffId === null) return true;
  return (editor.staffId !== null && process.ownerStaffId === editor.staffId) || (process.ownerUnitId !== null && editor.unitIds.includes(process.ownerUnitId));
}

export function assertMayEdit(editor: Editor, process: Ownership): void {
  if (!mayEdit(editor, process)) throw new AppError('PROCESS_NOT_OWNER');
}

export const actorOf = (editor: Editor) => ({ id: editor.staffId, label: editor.displayName });

/** Checks that the named owner exists in the tenant (RLS hides other tenants' rows). */
export async function assertOwnerExists(tx: Tx, owner: Ownership): Promise<void> {
  if (owner.ownerUnitId !== null && owner.ownerStaffId !== null) throw new AppError('PROCESS_OWNER_AMBIGUOUS');
  if (owner.ownerUnitId !== null) {
    const unit = await tx.selectFrom('units').select('id').where('id', '=', owner.ownerUnitId).executeTakeFirst();
    if (!unit) throw new AppError('PROCESS_UNKNOWN_OWNER', `unit ${owner.ownerUnitId}`);
  }
  if (owner.ownerStaffId !== null) {
    const staff = await tx.selectFrom('staff').select('id').where('id', '=', owner.ownerStaffId).where('status', '!=', 'disabled').executeTakeFirst();
    if (!staff) throw new AppError('PROCESS_UNKNOWN_OWNER', `staff ${owner.ownerStaffId}`);
  }
}
