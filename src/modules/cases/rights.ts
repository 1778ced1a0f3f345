import type { Confidentiality, SectionAccess } from './tables.js';
import type { MatrixEntry } from './defaults.js';

// The pure part of need-to-know: from the matrix and what else applies to one
// caller on one case, the rights per section. No database, so it is tested
// with properties (test/cases/rights.test.ts).

export type AccessSource = 'matrix' | 'grant' | 'conference' | 'break_glass';

export interface SectionRight {
  read: boolean;
  write: boolean;
  /** May read notes of the special categories (Art. 9 GDPR). */
  special: boolean;
  via: AccessSource[];
}

export interface AccessFacts {
  unitTypes: string[];
  matrix: readonly MatrixEntry[];
  sectionTypes: string[];
  /** Active (not revoked) grants for one of the caller's units. */
  grants: Array<{ sectionType: string; access: 'read' | 'write' }>;
  /** Sections named by case conferences the caller takes part in, active now. */
  conferenceSections: string[];
  /** An emergency access of this caller to this case, active now. */
  breakGlass: boolean;
}

const rank: Record<SectionAccess, number> = { none: 0, read: 1, write: 2 };

export function computeRights(facts: AccessFacts): Map<string, SectionRight> {
  const rights = new Map<string, SectionRight>();
  for (const section of facts.sectionTypes) {
    let level: SectionAccess = 'none';
    let special = false;
    const via: AccessSource[] = [];
    for (const entry of facts.matrix) {
      if (entry.sectionType !== section || !facts.unitTypes.includes(entry.unitType) || entry.access === 'none') continue;
      if (rank[entry.access] > rank[level]) level = entry.access;
      special ||= entry.specialCategory;
      if (!via.includes('matrix')) via.push('matrix');
    }
    for (const grant of facts.grants.filter((g) => g.sectionType === section)) {
      if (rank[grant.access] > rank[level]) level = grant.access;
      // Consent or a legal basis for a section covers all of it.
      special = true;
      if (!via.includes('grant')) via.push('grant');
    }
    if (facts.conferenceSections.includes(section)) {
      if (level === 'none') level = 'read';
      special = true;
      via.push('conference');
    }
    if (facts.breakGlass) {
      if (level === 'none') level = 'read';
      special = true;
      via.push('break_glass');
    }
    if (level !== 'none') rights.set(section, { read: true, write: level === 'write', special, via });
  }
  return rights;
}

/** May a caller with these rights read an entry of this section and confidentiality? */
export function mayReadEntry(rights: Map<string, SectionRight>, sectionType: string, confidentiality: Confidentiality): boolean {
  const right = rights.get(sectionType);
  if (!right) return false;
  if (confidentiality === 'standard') return true;
  // Confidential entries stay with the units working in the section, unless
  // consent, a legal basis, a conference or an emergency opened the section.
  if (confidentiality === 'confidential') return right.write || right.via.some((source) => source !== 'matrix');
  return right.special;
}
