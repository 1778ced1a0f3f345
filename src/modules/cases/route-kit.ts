import { Type } from 'typebox';
import type { Clock } from '../../platform/clock.js';
import { withTenant, type Database, type Tx } from '../../platform/db/index.js';
import type { RequestAuth, Role } from '../../platform/http/policy.js';
import { Uuid } from '../../platform/http/schemas.js';
import { assertVisible, loadCaseById, resolveCaseAccess, type CaseAccess } from './access.js';

// Pieces every case route shares: who may call, and the load → authorize
// step that resolves need-to-know inside the one transaction of the request.

/** Case staff of the house. */
export const CASE_STAFF: Role[] = ['case_worker', 'unit_lead'];
/** Case staff and partner counsellors (who see only what a running conference opens). */
export const CASE_READERS: Role[] = ['case_worker', 'unit_lead', 'partner_counsellor'];

export const CaseParams = Type.Object({ caseId: Uuid });
export const SectionKey = Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$' });
export const Purpose = Type.String({ minLength: 3, maxLength: 200, pattern: '\\S', description: 'Why the file is read; recorded in the audit log' });
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export interface CaseContext {
  db: Database;
  clock: Clock;
}

/**
 * Runs `work` in one tenant transaction with the case loaded and the caller's
 * rights resolved. `caseOf` names the case directly or finds it from a record
 * of the case (a task, a document) inside the same transaction.
 */
export function withCase<T>(ctx: CaseContext, auth: RequestAuth, caseOf: string | ((tx: Tx) => Promise<string>), work: (tx: Tx, access: CaseAccess, now: Date) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  return withTenant(ctx.db, auth.tenantId, async (tx) => {
    const caseId = typeof caseOf === 'string' ? caseOf : await caseOf(tx);
    const access = await resolveCaseAccess(tx, auth, await loadCaseById(tx, caseId), now);
    assertVisible(auth, access);
    return work(tx, access, now);
  });
}
