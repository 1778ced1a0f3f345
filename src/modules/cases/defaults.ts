import type { UnitType } from '../access/index.js';
import type { SectionAccess } from './tables.js';

// The built-in section types and need-to-know matrix. A tenant that has not
// configured its own gets these; the defaults follow the purposes of the
// offices: the job centre does not read the asylum procedure (immigration
// section), accommodation reads no special-category (health) notes of others.

export interface SectionType {
  key: string;
  label: string;
  ownerUnitType: string;
  position: number;
}

export interface MatrixEntry {
  unitType: string;
  sectionType: string;
  access: SectionAccess;
  /** May read notes of the special categories (Art. 9 GDPR) in this section. */
  specialCategory: boolean;
}

export const defaultSectionTypes: readonly SectionType[] = [
  { key: 'immigration', label: 'Ausländerrecht', ownerUnitType: 'immigration', position: 1 },
  { key: 'asylum_benefits', label: 'Asylbewerberleistungen', ownerUnitType: 'asylum_benefits', position: 2 },
  { key: 'accommodation', label: 'Unterbringung', ownerUnitType: 'accommodation', position: 3 },
  { key: 'integration', label: 'Integrationsberatung', ownerUnitType: 'integration', position: 4 },
  { key: 'jobcentre', label: 'Jobcenter', ownerUnitType: 'jobcentre', position: 5 },
];

// Which other sections each unit type reads by default (its own it writes).
const readsByDefault: Partial<Record<UnitType, string[]>> = {
  immigration: ['asylum_benefits', 'accommodation', 'integration', 'jobcentre'],
  asylum_benefits: ['immigration', 'accommodation', 'jobcentre'],
  accommodation: ['asylum_benefits'],
  integration: ['immigration', 'accommodation', 'jobcentre'],
  jobcentre: ['integration'],
};

export const defaultMatrix: readonly MatrixEntry[] = defaultSectionTypes.flatMap((section) =>
  (Object.keys(readsByDefault) as UnitType[]).map((unitType): MatrixEntry => {
    const own = section.ownerUnitType === unitType;
    const reads = readsByDefault[unitType]?.includes(section.key) ?? false;
    return { unitType, sectionType: section.key, access: own ? 'write' : reads ? 'read' : 'none', specialCategory: own };
  }),
);
