// The search page of the person register (/personen): one search box for
// names in any script and spelling, dates of birth and numbers; results with
// the reasons they match. Case staff have the same search on their start page.
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';
import { PersonSearch, searchPurposeFor } from './PersonSearch';

export function SearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('people.search.title'));

  return (
    <>
      <PageHeading>{t('people.search.title')}</PageHeading>
      <p>{t('people.search.intro')}</p>
      <PersonSearch purpose={searchPurposeFor(session)} />
    </>
  );
}
