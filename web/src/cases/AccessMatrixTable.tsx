// The need-to-know matrix as a table: one row per unit type, one column per
// section type; each cell chooses no access, read or write, and whether
// special-category notes (Art. 9 GDPR) of that section may be read.
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../ui/TableRegion';
import { useLabels } from '../ui/labels';
import type { MatrixEntry, SectionAccessLevel, SectionTypeSetting } from './api';

export type MatrixCell = Pick<MatrixEntry, 'access' | 'specialCategory'>;
export type MatrixDraft = Record<string, MatrixCell>;

export const cellKey = (unitType: string, sectionType: string) => `${unitType}/${sectionType}`;
export const NO_ACCESS: MatrixCell = { access: 'none', specialCategory: false };
const LEVELS: SectionAccessLevel[] = ['none', 'read', 'write'];

interface Props {
  labelledBy: string;
  unitTypes: readonly string[];
  sectionTypes: SectionTypeSetting[];
  draft: MatrixDraft;
  saved: MatrixDraft;
  onChange: (key: string, cell: MatrixCell) => void;
}

export function AccessMatrixTable({ labelledBy, unitTypes, sectionTypes, draft, saved, onChange }: Props) {
  const { t } = useTranslation();
  const { unitTypeLabel } = useLabels();
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className="case-matrix">
        <thead>
          <tr>
            <th scope="col">{t('cases.matrix.unitType')}</th>
            {sectionTypes.map((section) => <th scope="col" key={section.key}>{section.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {unitTypes.map((unitType) => (
            <tr key={unitType}>
              <th scope="row">{unitTypeLabel(unitType)}</th>
              {sectionTypes.map((section) => {
                const key = cellKey(unitType, section.key);
                const cell = draft[key] ?? NO_ACCESS;
                const before = saved[key] ?? NO_ACCESS;
                const changed = cell.access !== before.access || cell.specialCategory !== before.specialCategory;
                const names = { unit: unitTypeLabel(unitType), section: section.label };
                return (
                  <td key={section.key} className={changed ? 'case-matrix-changed' : undefined}>
                    <select
                      aria-label={t('cases.matrix.accessLabel', names)}
                      value={cell.access}
                      onChange={(event) => onChange(key, { ...cell, access: event.target.value as SectionAccessLevel })}
                    >
                      {LEVELS.map((level) => <option key={level} value={level}>{t(`cases.matrix.levels.${level}`)}</option>)}
                    </select>
                    <label className="case-matrix-special">
                      <input
                        type="checkbox"
                        checked={cell.specialCategory}
                        disabled={cell.access === 'none'}
                        aria-label={t('cases.matrix.specialLabel', names)}
                        onChange={(event) => onChange(key, { ...cell, specialCategory: event.target.checked })}
                      />
                      <span aria-hidden="true">{t('cases.matrix.specialShort')}</span>
                    </label>
                    {section.ownerUnitType === unitType ? <span className="hint case-matrix-owner">{t('cases.matrix.owner')}</span> : null}
                    {changed ? <span className="visually-hidden">{t('cases.matrix.changed')}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
