// The unit lead's overdue referrals (/weiterleitungen/ueberfaellig): what was
// handed to the lead's units and not done by its due day, longest overdue first.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../ui/PageHeading';
import { TableSection } from '../ui/TableSection';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { casesApi } from './api';
import { daysPast, formatDay, todayInGermany } from './days';
import './cases.css';

export function EscalationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('cases.escalations.title'));
  const rows = useLoad((signal) => casesApi.escalations(signal).then((result) => result.items), []);
  const today = todayInGermany();

  return (
    <>
      <PageHeading>{t('cases.escalations.title')}</PageHeading>
      <p>{t('cases.escalations.intro')}</p>
      <TableSection heading={t('cases.escalations.listHeading')} rows={rows} emptyText={t('cases.escalations.empty')} actionError={null}>
        {(items) => (
          <table>
            {/* Days overdue and due day come first after the person: on a phone they show before any scrolling. */}
            <thead>
              <tr>
                <th scope="col">{t('cases.escalations.person')}</th>
                <th scope="col">{t('cases.escalations.daysOverdue')}</th>
                <th scope="col">{t('cases.escalations.due')}</th>
                <th scope="col">{t('cases.escalations.concern')}</th>
                <th scope="col">{t('cases.escalations.toUnit')}</th>
                <th scope="col">{t('cases.escalations.fromUnit')}</th>
                <th scope="col">{t('cases.escalations.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/akten/${item.personId}`}><bdi>{item.personName}</bdi></Link>
                  </th>
                  <td className="cell-number">{t('cases.escalations.days', { count: daysPast(item.dueDate, today) })}</td>
                  <td><time dateTime={item.dueDate}>{formatDay(item.dueDate, i18n.language)}</time></td>
                  <td><bdi dir="auto">{item.concernText ?? t('cases.escalations.catalogueConcern')}</bdi></td>
                  <td>{item.toUnitName}</td>
                  <td>{item.fromUnitName}</td>
                  <td>{t(`cases.inbox.states.${item.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableSection>
    </>
  );
}
