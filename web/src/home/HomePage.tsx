// The start page after login, by role. Case staff (case worker, unit lead,
// intake) start with the person search, then what waits in their units'
// inbox; everyone gets the shortcuts their roles may use (administration,
// audit log, break-glass review for the data-protection officer, …).
import { useTranslation } from 'react-i18next';
import { hasAnyRole, useSession } from '../auth/SessionContext';
import { PersonSearch, searchPurposeFor } from '../people/PersonSearch';
import { PEOPLE_ROLES } from '../people/routes';
import { PageHeading } from '../ui/PageHeading';
import { useLabels } from '../ui/labels';
import { usePageTitle } from '../ui/usePageTitle';
import { InboxSummary, INBOX_ROLES } from './InboxSummary';
import { Shortcuts } from './Shortcuts';
import './home.css';

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const { roleLabel } = useLabels();
  usePageTitle(t('nav.start'));
  const { user, tenant } = session;
  const searches = hasAnyRole(session, PEOPLE_ROLES);

  return (
    <>
      <PageHeading>{t('start.title', { name: user.displayName })}</PageHeading>
      <p className="home-intro">{t('start.intro', { tenant: tenant.name })}</p>

      {searches ? (
        <section className="section home-search" aria-labelledby="home-search-heading">
          <h2 id="home-search-heading">{t('start.searchHeading')}</h2>
          {/* Search first: the cursor waits in the box after login. */}
          <PersonSearch purpose={searchPurposeFor(session)} resultsHeadingLevel={3} autoFocus />
        </section>
      ) : null}

      {hasAnyRole(session, INBOX_ROLES) ? <InboxSummary /> : null}

      {user.roles.length === 0 ? <p className="empty">{t('start.noRoles')}</p> : <Shortcuts session={session} />}

      {user.roles.length > 0 ? <p className="hint">{t('start.rolesLine', { roles: user.roles.map(roleLabel).join(', ') })}</p> : null}
    </>
  );
}
