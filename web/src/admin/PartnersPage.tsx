// Verwaltung → Partnerorganisationen: the organisations whose counsellors may
// later be given time-limited access to parts of a case.
import { useTranslation } from 'react-i18next';
import { listPartnerOrganisations, updatePartnerOrganisation } from '../api/admin';
import type { PartnerOrganisation } from '../api/types';
import { StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { TableSection } from '../ui/TableSection';
import { usePageTitle } from '../ui/usePageTitle';
import { ActivationActions } from './ActivationActions';
import { PartnerForm } from './PartnerForm';
import { useEditableList } from './useEditableList';

export function PartnersPage() {
  const { t } = useTranslation();
  const partners = useEditableList<PartnerOrganisation>(listPartnerOrganisations);
  usePageTitle(t('partners.title'));

  return (
    <>
      <PageHeading>{t('partners.title')}</PageHeading>
      <p>{t('partners.intro')}</p>
      <StatusMessage message={partners.status} />

      {partners.editing ? (
        <PartnerForm
          key={partners.editing.id}
          partner={partners.editing}
          onSaved={(saved) => partners.finishEdit(saved, t('partners.updated', { name: saved.name }))}
          onCancel={partners.cancelEdit}
        />
      ) : (
        <PartnerForm onSaved={(saved) => partners.add(saved, t('partners.created', { name: saved.name }))} />
      )}

      <TableSection
        heading={t('partners.listHeading')}
        rows={partners.rows}
        emptyText={t('partners.empty')}
        actionError={partners.rowError}
      >
        {(rows) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('partners.name')}</th>
                <th scope="col">{t('partners.kind')}</th>
                <th scope="col">{t('partners.contactEmail')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((partner) => (
                <tr key={partner.id} className={partner.active ? undefined : 'is-inactive'}>
                  <th scope="row">{partner.name}</th>
                  <td>{partner.kind}</td>
                  <td dir="ltr" className="cell-email">
                    {partner.contactEmail ?? '–'}
                  </td>
                  <td>{partner.active ? t('common.active') : t('common.inactive')}</td>
                  <ActivationActions texts="partners" row={partner} list={partners} update={updatePartnerOrganisation} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableSection>
    </>
  );
}
