// What waits in the inbox of the user's units: open referrals and the overdue
// ones, per unit. Only numbers come from the server (no names), so showing
// them on every visit of the start page reads nobody's data.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasAnyRole, useSession } from '../auth/SessionContext';
import { casesApi } from '../cases/api';
import { casesPaths } from '../cases/routes';
import { ErrorAlert } from '../ui/Alerts';
import { useLoad } from '../ui/useLoad';

/** The roles with a unit inbox; the server's policy of the counts says the same. */
export const INBOX_ROLES = ['case_worker', 'unit_lead'] as const;
const INBOX_PATH = '/eingang-einheit';

export function InboxSummary() {
  const { t } = useTranslation();
  const session = useSession();
  const hasUnits = session.user.unitIds.length > 0;
  const counts = useLoad((signal) => (hasUnits ? casesApi.counts(signal) : Promise.resolve([])), [hasUnits]);
  const lead = hasAnyRole(session, ['unit_lead']);
  const waiting = counts.data?.some((row) => row.open + row.accepted > 0) ?? false;

  return (
    <section className="section home-inbox" aria-labelledby="home-inbox-heading" aria-busy={counts.loading}>
      <h2 id="home-inbox-heading">{t('start.inbox.heading')}</h2>
      {!hasUnits ? <p className="empty">{t('start.inbox.noUnits')}</p> : null}
      {hasUnits && counts.loading ? <p role="status">{t('common.loading')}</p> : null}
      <ErrorAlert error={counts.error} />
      {counts.data && counts.data.length > 0 ? (
        <>
          <ul className="home-inbox-units">
            {counts.data.map((row) => (
              <li key={row.unitId} className="home-inbox-unit">
                <span className="home-inbox-name">{row.unitName}</span>
                <span className="home-figures">
                  <span className="home-figure">
                    <strong>{row.open}</strong> {t('start.inbox.open')}
                  </span>
                  <span className={row.overdue > 0 ? 'home-figure is-overdue' : 'home-figure'}>
                    <strong>{row.overdue}</strong> {t('start.inbox.overdue')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          {!waiting ? <p className="hint">{t('start.inbox.nothing')}</p> : null}
        </>
      ) : null}
      {hasUnits ? (
        <p className="home-links">
          <Link to={INBOX_PATH}>{t('start.inbox.openInbox')}</Link>
          {lead ? <Link to={casesPaths.escalations}>{t('start.inbox.openEscalations')}</Link> : null}
        </p>
      ) : null}
    </section>
  );
}
