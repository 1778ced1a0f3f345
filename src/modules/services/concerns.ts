import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { CONTENT_LANGUAGES } from './languages.js';
import { ConcernForm, LocalizedConcernText, channels, normaliseLeikaKey, normaliseTexts, type Channel, type ConcernInput, type NormalisedTexts } from './concern-model.js';

// The catalogue as staff see and edit it. The catalogue is not personal data;
// changes are still audited, as all administration is.

export const CATALOGUE_PURPOSE = 'Pflege des Leistungskatalogs';

export const Concern = Type.Object({
  id: Type.String(),
  title: Type.String({ description: 'German title' }),
  leikaKey: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Enum(channels),
  durationMinutes: Type.Union([Type.Integer(), Type.Null()]),
  responsibleUnitId: Type.Union([Type.String(), Type.Null()]),
  locationIds: Type.Array(Type.String()),
  forms: Type.Array(ConcernForm),
  active: Type.Boolean(),
  texts: Type.Record(Type.String(), LocalizedConcernText),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Concern = Static<typeof Concern>;

interface ConcernRow {
  id: string;
  title: string;
  leika_key: string | null;
  channel: string;
  duration_minutes: number | null;
  responsible_unit_id: string | null;
  forms: unknown;
  active: boolean;
  content: unknown;
  updated_at: Date;
}

const columns = ['id', 'title', 'leika_key', 'channel', 'duration_minutes', 'responsible_unit_id', 'forms', 'active', 'content', 'updated_at'] as const;

// jsonb keeps its own key order; people and export files read the languages in ours.
// A concern created by another module with a title only (the base table's
// columns) gets its German text from that title.
function inLanguageOrder(stored: NormalisedTexts, title: string): NormalisedTexts {
  const texts: NormalisedTexts = stored.de ? stored : { ...stored, de: { title, description: '', prerequisites: [], documents: [], fees: '', accessNote: '' } };
  return Object.fromEntries(CONTENT_LANGUAGES.filter((language) => texts[language]).map((language) => [language, texts[language]])) as NormalisedTexts;
}

function present(row: ConcernRow, locationIds: string[]): Concern {
  return {
    id: row.id,
    title: row.title,
    leikaKey: row.leika_key,
    channel: row.channel as Channel,
    durationMinutes: row.duration_minutes,
    responsibleUnitId: row.responsible_unit_id,
    locationIds,
    forms: row.forms as Concern['forms'],
    active: row.active,
    texts: inLanguageOrder(row.content as NormalisedTexts, row.title),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

async function locationsByConcern(tx: Tx, concernIds: string[]): Promise<Map<string, string[]>> {
  const byConcern = new Map<string, string[]>();
  if (concernIds.length === 0) return byConcern;
  const links = await tx
    .selectFrom('concern_locations')
    .innerJoin('locations', 'locations.id', 'concern_locations.location_id')
    .select(['concern_locations.concern_id', 'concern_locations.location_id'])
    .where('concern_locations.concern_id', 'in', concernIds)
    .orderBy('locations.name')
    .execute();
  for (const link of links) byConcern.set(link.concern_id, [...(byConcern.get(link.concern_id) ?? []), link.location_id]);
  return byConcern;
}

export async function listConcerns(tx: Tx, options: { onlyActive?: boolean } = {}): Promise<Concern[]> {
  let query = tx.selectFrom('concerns').select(columns).orderBy('title').orderBy('id');
  if (options.onlyActive) query = query.where('active', '=', true);
  const rows = await query.execute();
  const locations = await locationsByConcern(tx, rows.map((row) => row.id));
  return rows.map((row) => present(row, locations.get(row.id) ?? []));
}

/** A concern of the current tenant; another tenant's concern is as absent as one that never existed. */
export async function getConcern(tx: Tx, id: string): Promise<Concern> {
  const row = await tx.selectFrom('concerns').select(columns).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `concern ${id}`);
  return present(row, (await locationsByConcern(tx, [id])).get(id) ?? []);
}

async function assertUnitExists(tx: Tx, unitId: string | null): Promise<void> {
  if (unitId === null) return;
  const unit = await tx.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw new AppError('UNKNOWN_UNIT', unitId);
}

async function assertLocationsExist(tx: Tx, locationIds: string[]): Promise<void> {
  const unique = [...new Set(locationIds)];
  if (unique.length === 0) return;
  const found = await tx.selectFrom('locations').select('id').where('id', 'in', unique).execute();
  if (found.length !== unique.length) throw new AppError('UNKNOWN_LOCATION');
}

/**
 * Creates (no id) or replaces (id) a concern. Every rule is checked before
 * the first write, and the caller's transaction makes the change whole or
 * not at all.
 */
export async function saveConcern(tx: Tx, tenantId: string, actor: Actor, input: ConcernInput, id?: string): Promise<Concern> {
  const leikaKey = normaliseLeikaKey(input.leikaKey);
  const texts = normaliseTexts(input.texts);
  await assertUnitExists(tx, input.responsibleUnitId);
  await assertLocationsExist(tx, input.locationIds);
  const values = {
    title: (texts.de as { title: string }).title,
    leika_key: leikaKey,
    channel: input.channel,
    duration_minutes: input.durationMinutes,
    responsible_unit_id: input.responsibleUnitId,
    forms: JSON.stringify(input.forms.map((form) => ({ title: form.title.trim(), url: form.url.trim() }))),
    active: input.active,
    content: JSON.stringify(texts),
  };
  let concernId: string;
  if (id) {
    const updated = await tx.updateTable('concerns').set({ ...values, updated_at: new Date() }).where('id', '=', id).returning('id').executeTakeFirst();
    if (!updated) throw new AppError('NOT_FOUND', `concern ${id}`);
    concernId = id;
    await tx.deleteFrom('concern_locations').where('concern_id', '=', id).execute();
  } else {
    concernId = randomUUID();
    await tx.insertInto('concerns').values({ tenant_id: tenantId, id: concernId, ...values }).execute();
  }
  for (const locationId of new Set(input.locationIds)) {
    await tx.insertInto('concern_locations').values({ tenant_id: tenantId, concern_id: concernId, location_id: locationId }).execute();
  }
  await recordAudit(tx, {
    tenantId, actor, action: id ? 'concern.update' : 'concern.create', subjectType: 'concern', subjectId: concernId,
    purpose: CATALOGUE_PURPOSE, details: { title: values.title, leikaKey, channel: input.channel, active: input.active, languages: Object.keys(texts) },
  });
  return getConcern(tx, concernId);
}
