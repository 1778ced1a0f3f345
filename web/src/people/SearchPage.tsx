// The home of case staff: one search box for names in any script and
// spelling, dates of birth and numbers; results with the reasons they match.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { searchPeople, type SearchHit } from './api';
import { HitList } from './HitList';

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const inputId = useId();
  const resultsId = useId();
  usePageTitle(t('people.search.title'));
  useEffect(() => setText(query), [query]);
  const results = useLoad<SearchHit[] | null>((signal) => (query.trim() ? searchPeople(query, signal) : Promise.resolve(null)), [query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) setParams({ q: text.trim() });
  };

  return (
    <>
      <PageHeading>{t('people.search.title')}</PageHeading>
      <p>{t('people.search.intro')}</p>
      <form role="search" className="form people-search" onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>{t('people.search.label')}</label>
          <p id={`${inputId}-hint`} className="hint">
            <bdi dir="auto">{t('people.search.hint')}</bdi>
          </p>
          <div className="people-search-row">
            <input id={inputId} type="search" dir="auto" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${inputId}-hint`} />
            <button type="submit" className="button button-primary">
              {t('people.search.submit')}
            </button>
          </div>
        </div>
      </form>
      <p>
        <Link to={`/personen/neu${query ? `?name=${encodeURIComponent(query)}` : ''}`}>{t('people.search.create')}</Link>
      </p>
      {query ? (
        <section className="section" aria-busy={results.loading}>
          <h2 id={resultsId}>{t('people.search.results')}</h2>
          <ErrorAlert error={results.error} />
          <p role="status">{results.loading ? t('common.loading') : results.data ? t('people.search.count', { count: results.data.length }) : ''}</p>
          {results.data && results.data.length === 0 ? <p className="empty">{t('people.search.empty')}</p> : null}
          {results.data && results.data.length > 0 ? <HitList hits={results.data} labelledBy={resultsId} /> : null}
        </section>
      ) : null}
    </>
  );
}
