import { randomUUID } from 'node:crypto';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, assertWrite, type CaseAccess } from './access.js';
import { addTimelineEntry } from './events.js';

// Consent texts (versioned per purpose) and the access grants that rest on a
// person's consent or on a recorded legal basis.

const present = (row: { id: string; purpose: string; version: number; body: string; created_at: Date }) => ({ id: row.id, purpose: row.purpose, version: row.version, body: row.body, createdAt: row.created_at.toISOString() });

export function publishConsentText(tx: Tx, auth: RequestAuth, input: { purpose: string; body: string }) {
  return publishConsentTextAs(tx, auth.tenantId, actorOf(auth), input);
}

/** Publishes as any actor (an administrator, the DPO, or the demo seed). */
export async function publishConsentTextAs(tx: Tx, tenantId: string, actor: Actor, input: { purpose: string; body: string }) {
  const purpose = input.purpose.normalize('NFC').trim();
  const latest = await tx.selectFrom('consent_texts').select((eb) => eb.fn.max('version').as('version')).where('purpose', '=', purpose).executeTakeFirst();
  const row = await tx.insertInto('consent_texts').values({ tenant_id: tenantId, id: randomUUID(), purpose, version: Number(latest?.version ?? 0) + 1, body: input.body.normalize('NFC') })
    .returning(['id', 'purpose', 'version', 'body', 'created_at']).executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actor, action: 'consent_text.publish', subjectType: 'consent_text', subjectId: row.id, purpose: 'Verwaltung der Einwilligungstexte', details: { purpose, version: row.version } });
  return present(row);
}

export async function listConsentTexts(tx: Tx) {
  const rows = await tx.selectFrom('consent_texts').select(['id', 'purpose', 'version', 'body', 'created_at']).orderBy('purpose').orderBy('version', 'desc').execute();
  return rows.map(present);
}

export async function assertConsentText(tx: Tx, id: string) {
  const row = await tx.selectFrom('consent_texts').select(['id', 'purpose', 'version']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('CONSENT_TEXT_UNKNOWN', id);
  return row;
}

export interface GrantInput {
  unitId: string;
  sectionType: string;
  access: 'read' | 'write';
  basis: 'consent' | 'legal_basis';
  purpose: string;
  consentTextId?: string | undefined;
  legalReference?: string | undefined;
}

/** Opens a section to another unit; only a unit that writes the section can share it. */
export async function grantAccess(tx: Tx, auth: RequestAuth, access: CaseAccess, input: GrantInput, now: Date) {
  assertWrite(access, input.sectionType);
  const unit = await tx.selectFrom('units').select(['id', 'name']).where('id', '=', input.unitId).executeTakeFirst();
  if (!unit) throw new AppError('NOT_FOUND', `unit ${input.unitId}`);
  if (input.basis === 'consent') {
    if (!input.consentTextId) throw new AppError('CONSENT_TEXT_UNKNOWN', 'missing');
    await assertConsentText(tx, input.consentTextId);
  } else if (!input.legalReference?.trim()) {
    throw new AppError('VALIDATION_FAILED', 'legalReference', { issues: [{ where: 'legalReference', problem: 'required for a legal basis' }] });
  }
  const id = randomUUID();
  await tx.insertInto('case_access_grants').values({
    tenant_id: auth.tenantId, id, case_id: access.caseRow.id, unit_id: unit.id, section_type: input.sectionType, access: input.access, basis: input.basis,
    purpose: input.purpose.trim(), consent_text_id: input.basis === 'consent' ? (input.consentTextId ?? null) : null,
    legal_reference: input.basis === 'legal_basis' ? (input.legalReference?.trim() ?? null) : null, granted_by: auth.staffId, granted_at: now,
  }).execute();
  const what = input.basis === 'consent' ? 'Einwilligung' : `Rechtsgrundlage ${input.legalReference?.trim()}`;
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: access.caseRow.id, sectionType: null, kind: 'consent', subjectId: id, summary: `${what}: ${unit.name} darf Bereich ${input.sectionType} (${input.access}) – Zweck: ${input.purpose.trim()}`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.grant', subjectType: 'case_access_grant', subjectId: id, personId: access.caseRow.person_id, purpose: input.purpose.trim(), details: { unitId: unit.id, sectionType: input.sectionType, access: input.access, basis: input.basis, consentTextId: input.consentTextId ?? null } });
  return id;
}

export async function listGrants(tx: Tx, caseId: string) {
  const rows = await tx.selectFrom('case_access_grants as g').innerJoin('units as u', 'u.id', 'g.unit_id')
    .leftJoin('consent_texts as t', 't.id', 'g.consent_text_id')
    .select(['g.id', 'g.unit_id', 'u.name as unit_name', 'g.section_type', 'g.access', 'g.basis', 'g.purpose', 'g.consent_text_id', 't.version as consent_version', 'g.legal_reference', 'g.granted_at', 'g.revoked_at'])
    .where('g.case_id', '=', caseId).orderBy('g.granted_at', 'desc').execute();
  return rows.map((row) => ({
    id: row.id, unitId: row.unit_id, unitName: row.unit_name, sectionType: row.section_type, access: row.access, basis: row.basis, purpose: row.purpose,
    consentTextId: row.consent_text_id, consentVersion: row.consent_version, legalReference: row.legal_reference,
    grantedAt: row.granted_at.toISOString(), revokedAt: row.revoked_at?.toISOString() ?? null,
  }));
}

export async function loadGrant(tx: Tx, grantId: string) {
  const row = await tx.selectFrom('case_access_grants').select(['id', 'case_id', 'section_type', 'revoked_at', 'basis', 'purpose']).where('id', '=', grantId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `grant ${grantId}`);
  return row;
}

/** Revocation takes effect on the next request: access is computed from unrevoked grants only. */
export async function revokeGrant(tx: Tx, auth: RequestAuth, access: CaseAccess, grant: Awaited<ReturnType<typeof loadGrant>>, now: Date) {
  assertWrite(access, grant.section_type);
  if (grant.revoked_at) throw new AppError('GRANT_ALREADY_REVOKED');
  await tx.updateTable('case_access_grants').set({ revoked_at: now, revoked_by: auth.staffId }).where('id', '=', grant.id).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: grant.case_id, sectionType: null, kind: 'consent', subjectId: grant.id, summary: `${grant.basis === 'consent' ? 'Einwilligung widerrufen' : 'Freigabe beendet'}: Bereich ${grant.section_type} – Zweck: ${grant.purpose}`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.grant_revoke', subjectType: 'case_access_grant', subjectId: grant.id, personId: access.caseRow.person_id, purpose: grant.purpose, details: { sectionType: grant.section_type } });
}
