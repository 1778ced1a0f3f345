// Anliegen-Katalog: the concerns of the district with their texts in several
// languages, the locations, import/export as JSON, and the way to the
// finder's decision tree. For administrators and unit leads.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listUnits } from '../api/admin';
import { useEditableList } from '../admin/useEditableList';
import { LANGUAGE_NAMES, isLanguage } from '../i18n';
import { StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { RowActions, RowButton } from '../ui/RowActions';
import { TableSection } from '../ui/TableSection';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { listConcerns, listLocations, type Concern, type Location } from './api';
import { ConcernForm } from './ConcernForm';
import { LocationsSection } from './LocationsSection';
import { servicesPaths } from './paths';
import { TransferSection } from './TransferSection';
import './services.css';

const NEW = 'new';

export function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('services.title'));
  const concerns = useEditableList<Concern>(listConcerns);
  const units = useLoad((signal) => listUnits(signal), []);
  const locations = useLoad((signal) => listLocations(signal), []);
  const [creating, setCreating] = useState(false);
  const unitName = (id: string | null) => units.data?.find((unit) => unit.id === id)?.name ?? '–';

  const form = creating ? (
    <ConcernForm
      key={NEW}
      units={units.data ?? []}
      locations={locations.data ?? []}
      onSaved={(saved) => {
        setCreating(false);
        concerns.add(saved, t('services.created', { title: saved.title }));
      }}
      onCancel={() => setCreating(false)}
    />
  ) : concerns.editing ? (
    <ConcernForm
      key={concerns.editing.id}
      concern={concerns.editing}
      units={units.data ?? []}
      locations={locations.data ?? []}
      onSaved={(saved) => concerns.finishEdit(saved, t('services.updated', { title: saved.title }))}
      onCancel={concerns.cancelEdit}
    />
  ) : null;

  return (
    <>
      <PageHeading>{t('services.title')}</PageHeading>
      <p>{t('services.intro')}</p>
      <p>
        <Link to={servicesPaths.finderTree}>{t('services.toTree')}</Link>
        {' · '}
        <Link to="/finder">{t('services.toPublicFinder')}</Link>
      </p>
      <StatusMessage message={concerns.status} />
      {form ?? (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('services.new')}
          </button>
        </div>
      )}

      <TableSection heading={t('services.listHeading')} rows={concerns.rows} emptyText={t('services.empty')} actionError={concerns.rowError}>
        {(rows) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('services.columnTitle')}</th>
                <th scope="col">{t('services.channel')}</th>
                <th scope="col">{t('services.unit')}</th>
                <th scope="col">{t('services.languages')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((concern) => (
                <tr key={concern.id} className={concern.active ? undefined : 'is-inactive'}>
                  <th scope="row">{concern.title}</th>
                  <td>{t(`services.channels.${concern.channel}`)}</td>
                  <td>{unitName(concern.responsibleUnitId)}</td>
                  <td>{Object.keys(concern.texts).map((lng) => (isLanguage(lng) ? LANGUAGE_NAMES[lng] : lng)).join(', ')}</td>
                  <td>{concern.active ? t('common.active') : t('common.inactive')}</td>
                  <RowActions>
                    <RowButton
                      ref={concerns.registerEditButton(concern.id)}
                      accessibleName={t('services.editNamed', { title: concern.title })}
                      onClick={() => {
                        setCreating(false);
                        concerns.startEdit(concern);
                      }}
                    >
                      {t('common.edit')}
                    </RowButton>
                  </RowActions>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableSection>

      <LocationsSection
        locations={locations.data ?? []}
        onAdded={(location: Location) => locations.setData((list) => [...(list ?? []), location])}
      />
      <TransferSection onImported={concerns.rows.reload} />
    </>
  );
}
