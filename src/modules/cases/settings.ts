import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { unitTypes } from '../access/index.js';
import { defaultMatrix, defaultSectionTypes, type MatrixEntry, type SectionType } from './defaults.js';

// Per-tenant configuration of section types and the need-to-know matrix.
// A tenant without rows of its own works with the defaults.

export interface CaseSettings {
  sectionTypes: SectionType[];
  matrix: MatrixEntry[];
  custom: boolean;
}

export async function loadSettings(tx: Tx): Promise<CaseSettings> {
  const [types, matrix] = await Promise.all([
    tx.selectFrom('case_section_types').select(['key', 'label', 'owner_unit_type', 'position']).orderBy('position').orderBy('key').execute(),
    tx.selectFrom('case_access_matrix').select(['unit_type', 'section_type', 'access', 'special_category']).execute(),
  ]);
  if (types.length === 0) return { sectionTypes: [...defaultSectionTypes], matrix: [...defaultMatrix], custom: false };
  return {
    sectionTypes: types.map((row) => ({ key: row.key, label: row.label, ownerUnitType: row.owner_unit_type, position: row.position })),
    matrix: matrix.map((row) => ({ unitType: row.unit_type, sectionType: row.section_type, access: row.access, specialCategory: row.special_category })),
    custom: true,
  };
}

export function assertSectionType(settings: CaseSettings, key: string): SectionType {
  const found = settings.sectionTypes.find((type) => type.key === key);
  if (!found) throw new AppError('CASE_SECTION_UNKNOWN', key, { sectionType: key });
  return found;
}

/** Replaces the tenant's settings as a whole; entries of unit types not listed mean "no access". */
export async function saveSettings(tx: Tx, tenantId: string, input: { sectionTypes: SectionType[]; matrix: MatrixEntry[] }): Promise<CaseSettings> {
  const keys = new Set(input.sectionTypes.map((type) => type.key));
  if (keys.size !== input.sectionTypes.length) throw new AppError('CASE_SETTINGS_INVALID', 'duplicate section type');
  const seen = new Set<string>();
  for (const entry of input.matrix) {
    const id = `${entry.unitType}/${entry.sectionType}`;
    if (!keys.has(entry.sectionType) || seen.has(id) || !(unitTypes as readonly string[]).includes(entry.unitType)) {
      throw new AppError('CASE_SETTINGS_INVALID', id, { entry: id });
    }
    seen.add(id);
  }
  for (const type of input.sectionTypes) {
    if (!(unitTypes as readonly string[]).includes(type.ownerUnitType)) throw new AppError('CASE_SETTINGS_INVALID', type.ownerUnitType);
  }
  await tx.deleteFrom('case_access_matrix').execute();
  await tx.deleteFrom('case_section_types').execute();
  await tx.insertInto('case_section_types').values(input.sectionTypes.map((type) => ({
    tenant_id: tenantId, key: type.key, label: type.label, owner_unit_type: type.ownerUnitType, position: type.position,
  }))).execute();
  if (input.matrix.length > 0) {
    await tx.insertInto('case_access_matrix').values(input.matrix.map((entry) => ({
      tenant_id: tenantId, unit_type: entry.unitType, section_type: entry.sectionType, access: entry.access, special_category: entry.specialCategory,
    }))).execute();
  }
  return loadSettings(tx);
}
