// Verwaltung → Organisationseinheiten: list, create, edit, (de)activate.
// Units are deactivated rather than deleted: case files keep referring to them.
import { useTranslation } from 'react-i18next';
import { listUnits, updateUnit } from '../api/admin';
import type { Unit } from '../api/types';
import { StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { TableSection } from '../ui/TableSection';
import { useLabels } from '../ui/labels';
import { usePageTitle } from '../ui/usePageTitle';
import { ActivationActions } from './ActivationActions';
import { UnitForm } from './UnitForm';
import { useEditableList } from './useEditableList';

export function UnitsPage() {
  const { t } = useTranslation();
  const { unitTypeLabel } = useLabels();
  const units = useEditableList<Unit>(listUnits);
  usePageTitle(t('units.title'));

  return (
    <>
      <PageHeading>{t('units.title')}</PageHeading>
      <p>{t('units.intro')}</p>
      <StatusMessage message={units.status} />

      {units.editing ? (
        <UnitForm
          key={units.editing.id}
          unit={units.editing}
          onSaved={(saved) => units.finishEdit(saved, t('units.updated', { name: saved.name }))}
          onCancel={units.cancelEdit}
        />
      ) : (
        <UnitForm onSaved={(saved) => units.add(saved, t('units.created', { name: saved.name }))} />
      )}

      <TableSection
        heading={t('units.listHeading')}
        rows={units.rows}
        emptyText={t('units.empty')}
        actionError={units.rowError}
      >
        {(rows) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('units.name')}</th>
                <th scope="col">{t('units.type')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((unit) => (
                <tr key={unit.id} className={unit.active ? undefined : 'is-inactive'}>
                  <th scope="row">{unit.name}</th>
                  <td>{unitTypeLabel(unit.type)}</td>
                  <td>{unit.active ? t('common.active') : t('common.inactive')}</td>
                  <ActivationActions texts="units" row={unit} list={units} update={updateUnit} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableSection>
    </>
  );
}
