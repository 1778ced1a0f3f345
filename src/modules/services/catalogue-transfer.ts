import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError, isAppError } from '../../platform/errors/index.js';
import { ConcernTransfer, normaliseLeikaKey, normaliseTexts, type ConcernInput } from './concern-model.js';
import { listConcerns, saveConcern } from './concerns.js';

// Export and import of the catalogue as one JSON file. Units and locations
// are named, not numbered, so a file exported in one district can be read in
// another. Import is all or nothing: every concern is checked first, every
// fault is reported with its place in the file, and one failure leaves the
// catalogue exactly as it was (the caller's transaction is rolled back).

export const CATALOGUE_FORMAT = 'lotse.concern-catalogue';
export const CATALOGUE_VERSION = 1;

export const CatalogueFile = Type.Object(
  {
    format: Type.Literal(CATALOGUE_FORMAT),
    version: Type.Literal(CATALOGUE_VERSION),
    exportedAt: Type.Optional(Type.String()),
    concerns: Type.Array(ConcernTransfer, { maxItems: 2000 }),
  },
  { additionalProperties: false },
);
export type CatalogueFile = Static<typeof CatalogueFile>;

export interface ImportProblem {
  where: string;
  problem: string;
}

export async function exportCatalogue(tx: Tx): Promise<CatalogueFile> {
  const units = new Map((await tx.selectFrom('units').select(['id', 'name']).execute()).map((unit) => [unit.id, unit.name]));
  const locations = new Map((await tx.selectFrom('locations').select(['id', 'name']).execute()).map((location) => [location.id, location.name]));
  const concerns = await listConcerns(tx);
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    exportedAt: new Date().toISOString(),
    concerns: concerns.map((concern) => ({
      id: concern.id,
      leikaKey: concern.leikaKey,
      channel: concern.channel,
      durationMinutes: concern.durationMinutes,
      forms: concern.forms,
      active: concern.active,
      texts: concern.texts,
      responsibleUnit: concern.responsibleUnitId ? (units.get(concern.responsibleUnitId) ?? null) : null,
      locations: concern.locationIds.map((id) => locations.get(id) as string),
    })),
  };
}

/** Structural check of an uploaded file, with every fault named by its JSON path. */
export function checkCatalogueFile(file: unknown): { file: CatalogueFile } | { problems: ImportProblem[] } {
  if (Value.Check(CatalogueFile, file)) return { file };
  const problems = [...Value.Errors(CatalogueFile, file)]
    .filter((error) => error.keyword !== 'boolean')
    .slice(0, 50)
    .map((error) => ({ where: error.instancePath || '/', problem: error.message }));
  return { problems };
}

export interface ImportResult {
  created: number;
  updated: number;
}

/**
 * Writes every concern of the file: one whose id exists in this district is
 * replaced, any other is created with a new id. Throws CATALOGUE_IMPORT_INVALID
 * listing all faults; the caller's transaction then writes nothing.
 */
export async function importCatalogue(tx: Tx, tenantId: string, actor: Actor, raw: unknown): Promise<ImportResult> {
  const checked = checkCatalogueFile(raw);
  if ('problems' in checked) throw new AppError('CATALOGUE_IMPORT_INVALID', 'file structure', { problems: checked.problems });
  const units = new Map((await tx.selectFrom('units').select(['id', 'name']).execute()).map((unit) => [unit.name, unit.id]));
  const locations = new Map((await tx.selectFrom('locations').select(['id', 'name']).execute()).map((location) => [location.name, location.id]));
  const existing = new Set((await tx.selectFrom('concerns').select('id').execute()).map((row) => row.id));

  const problems: ImportProblem[] = [];
  const inputs: Array<{ id: string | undefined; input: ConcernInput }> = [];
  checked.file.concerns.forEach((concern, index) => {
    const where = `/concerns/${index}`;
    const responsibleUnitId = concern.responsibleUnit === null ? null : (units.get(concern.responsibleUnit) ?? null);
    if (concern.responsibleUnit !== null && responsibleUnitId === null) problems.push({ where: `${where}/responsibleUnit`, problem: `unknown unit "${concern.responsibleUnit}"` });
    const locationIds = concern.locations.map((name) => locations.get(name));
    concern.locations.forEach((name, i) => {
      if (!locationIds[i]) problems.push({ where: `${where}/locations/${i}`, problem: `unknown location "${name}"` });
    });
    try {
      normaliseLeikaKey(concern.leikaKey);
    } catch {
      problems.push({ where: `${where}/leikaKey`, problem: 'must be empty or 14 digits' });
    }
    try {
      normaliseTexts(concern.texts);
    } catch (error) {
      problems.push({ where: `${where}/texts`, problem: isAppError(error) ? error.userMessage('en') : 'invalid' });
    }
    const { id, responsibleUnit: _unit, locations: _locations, ...rest } = concern;
    inputs.push({ id: id && existing.has(id) ? id : undefined, input: { ...rest, responsibleUnitId, locationIds: locationIds.filter((l): l is string => Boolean(l)) } });
  });
  if (problems.length > 0) throw new AppError('CATALOGUE_IMPORT_INVALID', 'references', { problems });

  let created = 0;
  let updated = 0;
  for (const [index, { id, input }] of inputs.entries()) {
    try {
      await saveConcern(tx, tenantId, actor, input, id);
    } catch (error) {
      // A rule of the domain (LeiKa key, languages, German text): name the place in the file.
      if (isAppError(error) && error.status === 400) {
        throw new AppError('CATALOGUE_IMPORT_INVALID', error.code, { problems: [{ where: `/concerns/${index}`, problem: error.userMessage('en'), code: error.code }] });
      }
      throw error;
    }
    if (id) updated += 1;
    else created += 1;
  }
  return { created, updated };
}
