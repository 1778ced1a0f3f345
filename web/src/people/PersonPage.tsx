// The person page: core data, every written form of the name, numbers,
// household, merges and history; the case file is one click away.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { getPerson, type Person } from './api';
import { HouseholdSection } from './HouseholdSection';
import { IdentifiersSection, NamesSection } from './NamesSection';
import { MergeSection } from './MergeSection';
import { Name, useBirthDate } from './labels';

function CoreData({ person }: { person: Person }) {
  const { t } = useTranslation();
  const birth = useBirthDate();
  const none = t('people.person.notStated');
  const rows: Array<[string, string]> = [
    [t('people.label.sex'), t(`people.sex.${person.sex}` as never, { defaultValue: person.sex })],
    [t('people.field.birthDate'), birth(person.birthDate)],
    [t('people.label.birthPlace'), [person.birthPlace, person.birthCountry].filter(Boolean).join(', ') || none],
    [t('people.label.nationalities'), person.nationalities.join(', ') || none],
    [t('people.label.languages'), person.languages.join(', ') || none],
    [t('people.field.phone'), person.contact.phone || none],
    [t('people.field.email'), person.contact.email || none],
    [t('people.field.address'), person.contact.address || none],
  ];
  return (
    <section className="section">
      <h2>{t('people.person.core')}</h2>
      <dl className="people-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <bdi dir="auto">{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const person = useLoad((signal) => getPerson(id, signal), [id]);
  const data = person.data;
  usePageTitle(data ? `${data.givenNames} ${data.familyName}` : t('people.nav'));
  // A merged record shows the person it was merged into, under that address.
  useEffect(() => {
    if (data && data.id !== id) navigate(`/personen/${data.id}`, { replace: true, state: { merged: true } });
  }, [data, id, navigate]);

  if (person.loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!data) return <ErrorAlert error={person.error} />;
  const mergedRecords = new Set(data.records.map((record) => record.id));
  return (
    <>
      <PageHeading>
        <Name given={data.givenNames} family={data.familyName} />
      </PageHeading>
      {data.mergedInto ? <p className="alert alert-info">{t('people.person.mergedNotice')}</p> : null}
      <p>
        <Link className="button button-primary" to={`/akten/${data.id}`}>
          {t('people.person.openCase')}
        </Link>
      </p>
      <ErrorAlert error={person.error} />
      <CoreData person={data} />
      <NamesSection person={data} merged={mergedRecords} reload={person.reload} />
      <IdentifiersSection person={data} merged={mergedRecords} reload={person.reload} />
      <HouseholdSection person={data} reload={person.reload} />
      <MergeSection person={data} reload={person.reload} />
      <section className="section">
        <h2>{t('people.person.history')}</h2>
        {data.history.length === 0 ? <p className="empty">{t('people.person.noHistory')}</p> : null}
        <ol className="people-history">
          {data.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleString('de-DE')}</time> · {t(`people.action.${entry.action.replace('person.', '')}` as never, { defaultValue: entry.action })} · {entry.actor}
              {mergedRecords.has(entry.recordId) ? ` (${t('people.person.fromMerged')})` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
