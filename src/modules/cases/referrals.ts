import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, type CaseAccess } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import { ESCALATION_PURPOSE } from './escalations.js';
import { assertCalendarDate, localDay } from './dates.js';
import { addTimelineEntry } from './events.js';
import { isOverdue, nextReferralState, type ReferralAction } from './referral-state.js';
import { computeRights } from './rights.js';
import type { ReferralState } from './tables.js';

// Referrals (Weiterleitungen) between units: they land in the receiving
// unit's inbox, come back accepted or returned with a reason, and are seen by
// both sides. Overdue ones are escalated to the receiving unit's lead.

export interface ReferralInput {
  fromUnitId: string;
  toUnitId: string;
  concernId?: string | undefined;
  concernText?: string | undefined;
  handoverNote: string;
  dueDate: string;
  sectionTypes: string[];
}

export async function createReferral(tx: Tx, auth: RequestAuth, access: CaseAccess, input: ReferralInput, now: Date) {
  if (!auth.unitIds.includes(input.fromUnitId)) throw new AppError('CASE_NOT_A_MEMBER', input.fromUnitId);
  if (input.fromUnitId === input.toUnitId) throw new AppError('REFERRAL_SAME_UNIT');
  // A unit of another tenant is invisible here (row-level security): 404.
  const target = await tx.selectFrom('units').select(['id', 'name', 'type']).where('id', '=', input.toUnitId).executeTakeFirst();
  if (!target) throw new AppError('NOT_FOUND', `unit ${input.toUnitId}`);
  const concernText = input.concernText?.normalize('NFC').trim() || undefined;
  if (!input.concernId && !concernText) throw new AppError('REFERRAL_CONCERN_REQUIRED');
  if (input.concernId) {
    const concern = await sql<{ id: string }>`select id from concerns where id = ${input.concernId}`.execute(tx);
    if (concern.rows.length === 0) throw new AppError('NOT_FOUND', `concern ${input.concernId}`);
  }
  assertCalendarDate(input.dueDate, 'dueDate');
  for (const sectionType of input.sectionTypes) {
    if (!access.rights.get(sectionType)) throw new AppError('CASE_SECTION_FORBIDDEN', `share ${sectionType}`, { sectionType });
  }
  // Sharing points the receiver at sections it may read already by the
  // matrix or a recorded consent / legal basis; it never widens access.
  const grants = await tx.selectFrom('case_access_grants').select(['section_type', 'access'])
    .where('case_id', '=', access.caseRow.id).where('unit_id', '=', target.id).where('revoked_at', 'is', null).execute();
  const receiver = computeRights({
    unitTypes: [target.type], matrix: access.settings.matrix, sectionTypes: input.sectionTypes,
    grants: grants.map((g) => ({ sectionType: g.section_type, access: g.access })), conferenceSections: [], breakGlass: false,
  });
  const blocked = input.sectionTypes.filter((sectionType) => !receiver.has(sectionType));
  if (blocked.length > 0) throw new AppError('REFERRAL_SHARING_NEEDS_BASIS', blocked.join(','), { sectionTypes: blocked });
  const id = randomUUID();
  await tx.insertInto('referrals').values({
    tenant_id: auth.tenantId, id, case_id: access.caseRow.id, from_unit_id: input.fromUnitId, to_unit_id: target.id, concern_id: input.concernId ?? null,
    concern_text: concernText ?? null, handover_note: input.handoverNote.normalize('NFC').trim(), due_date: input.dueDate, section_types: input.sectionTypes,
    state: 'open', created_by: auth.staffId, created_at: now,
  }).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: access.caseRow.id, sectionType: null, kind: 'referral', subjectId: id, summary: `Weiterleitung an ${target.name}: ${concernText ?? 'Anliegen aus dem Katalog'} (fällig ${input.dueDate})`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.referral_create', subjectType: 'referral', subjectId: id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { fromUnitId: input.fromUnitId, toUnitId: target.id, sectionTypes: input.sectionTypes } });
  return id;
}

const referralColumns = [
  'r.id', 'r.case_id', 'c.person_id', 'r.from_unit_id', 'fu.name as from_unit_name', 'r.to_unit_id', 'tu.name as to_unit_name', 'r.concern_id', 'r.concern_text',
  'r.handover_note', 'r.section_types', 'r.state', 'r.return_reason', 'r.decided_at', 'r.escalated_at', 'r.created_at',
  'p.family_name', 'p.given_names',
] as const;

function referralQuery(tx: Tx) {
  return tx.selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('units as fu', 'fu.id', 'r.from_unit_id')
    .innerJoin('units as tu', 'tu.id', 'r.to_unit_id')
    .select([...referralColumns, sql<string>`r.due_date::text`.as('due')]);
}

type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralQuery>['executeTakeFirstOrThrow']>>;

function present(row: ReferralRow, today: string) {
  return {
    id: row.id, caseId: row.case_id, personId: row.person_id, personName: `${row.family_name}, ${row.given_names}`,
    fromUnitId: row.from_unit_id, fromUnitName: row.from_unit_name, toUnitId: row.to_unit_id, toUnitName: row.to_unit_name,
    concernId: row.concern_id, concernText: row.concern_text, handoverNote: row.handover_note, dueDate: row.due, sectionTypes: row.section_types,
    state: row.state, returnReason: row.return_reason, decidedAt: row.decided_at?.toISOString() ?? null, escalatedAt: row.escalated_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(), overdue: isOverdue({ state: row.state, dueDate: row.due }, today),
  };
}

export type ReferralView = ReturnType<typeof present>;

/** A referral is visible to members of both the sending and the receiving unit. */
export async function loadReferralFor(tx: Tx, auth: RequestAuth, id: string) {
  const row = await referralQuery(tx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `referral ${id}`);
  if (!auth.unitIds.includes(row.from_unit_id) && !auth.unitIds.includes(row.to_unit_id)) throw new AppError('CASE_NOT_A_MEMBER', `referral ${id}`);
  return row;
}

export async function decideReferral(tx: Tx, auth: RequestAuth, id: string, action: ReferralAction, reason: string | undefined, now: Date) {
  const row = await loadReferralFor(tx, auth, id);
  // Only the receiving side accepts, returns or completes.
  if (!auth.unitIds.includes(row.to_unit_id)) throw new AppError('CASE_NOT_A_MEMBER', `referral ${id} is not addressed to your unit`);
  const next = nextReferralState(row.state, action);
  const returnReason = action === 'return' ? reason?.normalize('NFC').trim() : undefined;
  if (action === 'return' && !returnReason) throw new AppError('VALIDATION_FAILED', 'reason', { issues: [{ where: 'reason', problem: 'required to return a referral' }] });
  // The state in the WHERE makes two clicks at once end in one transition.
  const updated = await tx.updateTable('referrals')
    .set({ state: next, decided_by: auth.staffId, ...(row.state === 'open' && { decided_at: now }), ...(returnReason && { return_reason: returnReason }) })
    .where('id', '=', id).where('state', '=', row.state).returning('id').executeTakeFirst();
  if (!updated) throw new AppError('REFERRAL_TRANSITION_INVALID', 'changed meanwhile');
  const verb = { accept: 'angenommen', return: `zurückgegeben: ${returnReason}`, complete: 'erledigt' }[action];
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: row.case_id, sectionType: null, kind: 'referral', subjectId: id, summary: `Weiterleitung an ${row.to_unit_name} ${verb}`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: `case.referral_${action}`, subjectType: 'referral', subjectId: id, personId: row.person_id, purpose: DEFAULT_PURPOSE, details: { from: row.state, to: next } });
  return present({ ...row, state: next, return_reason: returnReason ?? row.return_reason, decided_at: row.decided_at ?? now }, localDay(now));
}

/** The inbox (to the caller's units) and outbox (from them), with counts per unit. */
export async function referralBoard(tx: Tx, auth: RequestAuth, now: Date, filter: { unitId?: string | undefined; state?: ReferralState | undefined }) {
  const today = localDay(now);
  const units = auth.unitIds.filter((id) => !filter.unitId || id === filter.unitId);
  if (filter.unitId && units.length === 0) throw new AppError('CASE_NOT_A_MEMBER', filter.unitId);
  const mine = units.length ? units : ['00000000-0000-0000-0000-000000000000'];
  let incoming = referralQuery(tx).where('r.to_unit_id', 'in', mine);
  let outgoing = referralQuery(tx).where('r.from_unit_id', 'in', mine);
  if (filter.state) {
    incoming = incoming.where('r.state', '=', filter.state);
    outgoing = outgoing.where('r.state', '=', filter.state);
  }
  const [inRows, outRows, unitRows] = await Promise.all([
    incoming.orderBy('r.due_date').limit(500).execute(),
    outgoing.orderBy('r.due_date').limit(500).execute(),
    tx.selectFrom('units').select(['id', 'name']).where('id', 'in', mine).orderBy('name').execute(),
  ]);
  const inbox = inRows.map((row) => present(row, today));
  const counts = unitRows.map((unit) => {
    const own = inbox.filter((item) => item.toUnitId === unit.id);
    return { unitId: unit.id, unitName: unit.name, open: own.filter((i) => i.state === 'open').length, accepted: own.filter((i) => i.state === 'accepted').length, overdue: own.filter((i) => i.overdue).length };
  });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.referral_board', subjectType: 'referral', purpose: DEFAULT_PURPOSE, details: { incoming: inbox.length, outgoing: outRows.length } });
  return { counts, incoming: inbox, outgoing: outRows.map((row) => present(row, today)) };
}

/**
 * How many referrals wait in each of the caller's units: open, accepted, and
 * how many of those are overdue. Only numbers leave (no names, no notes), so
 * the start page can show them on every visit without reading anyone's data.
 */
export async function referralCounts(tx: Tx, auth: RequestAuth, now: Date) {
  if (auth.unitIds.length === 0) return [];
  const today = localDay(now);
  const rows = await tx.selectFrom('units as u')
    .leftJoin('referrals as r', (join) => join.onRef('r.to_unit_id', '=', 'u.id').on('r.state', 'in', ['open', 'accepted']))
    .select([
      'u.id', 'u.name',
      sql<string>`count(r.id) filter (where r.state = 'open')`.as('open'),
      sql<string>`count(r.id) filter (where r.state = 'accepted')`.as('accepted'),
      sql<string>`count(r.id) filter (where r.due_date < ${today}::date)`.as('overdue'),
    ])
    .where('u.id', 'in', auth.unitIds).groupBy(['u.id', 'u.name']).orderBy('u.name').execute();
  return rows.map((row) => ({ unitId: row.id, unitName: row.name, open: Number(row.open), accepted: Number(row.accepted), overdue: Number(row.overdue) }));
}

/**
 * What a unit lead sees: the overdue referrals addressed to the lead's units,
 * judged by the clock. Only reads: the escalation job sets `escalated_at`
 * (see escalations.ts), so a referral that became overdue minutes ago is
 * listed before the job's next run, with `escalatedAt` still null.
 */
export async function escalationsFor(tx: Tx, auth: RequestAuth, now: Date) {
  const mine = auth.unitIds.length ? auth.unitIds : ['00000000-0000-0000-0000-000000000000'];
  const rows = await referralQuery(tx).where('r.to_unit_id', 'in', mine).where('r.state', 'in', ['open', 'accepted']).where('r.due_date', '<', localDay(now)).orderBy('r.due_date').execute();
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.referral_escalations', subjectType: 'referral', purpose: ESCALATION_PURPOSE, details: { count: rows.length } });
  return rows.map((row) => present(row, localDay(now)));
}
