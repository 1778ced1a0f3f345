// The person search as a block of its own: the search box (names in any
// script and spelling, dates of birth, numbers), the results with the reasons
// they match, and the way to register someone after searching. The query
// lives in the address (?q=), so Back returns to the results. Used by the
// search page and by the start page of case staff.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { Session } from '../api/types';
import { hasAnyRole } from '../auth/SessionContext';
import { ErrorAlert } from '../ui/Alerts';
import { useLoad } from '../ui/useLoad';
import { searchPeople, type Purpose, type SearchHit } from './api';
import { HitList } from './HitList';

/** Why a search reads personal data, as the audit log records it: intake staff search at first contact. */
export function searchPurposeFor(session: Session): Purpose {
  return hasAnyRole(session, ['case_worker', 'unit_lead']) ? 'case_work' : 'intake';
}

interface Props {
  purpose: Purpose;
  /** Level of the results heading: 2 on the search page, 3 inside a section of the start page. */
  resultsHeadingLevel?: 2 | 3;
  /** Put the cursor into the box when the block appears (the start page of case staff). */
  autoFocus?: boolean;
}

export function PersonSearch({ purpose, resultsHeadingLevel = 2, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const inputId = useId();
  const resultsId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);
  const results = useLoad<SearchHit[] | null>((signal) => (query.trim() ? searchPeople(query, signal, purpose) : Promise.resolve(null)), [query, purpose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) setParams({ q: text.trim() });
  };
  const ResultsHeading = resultsHeadingLevel === 2 ? 'h2' : 'h3';

  return (
    <>
      <form role="search" className="form people-search" onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>{t('people.search.label')}</label>
          <p id={`${inputId}-hint`} className="hint">
            <bdi dir="auto">{t('people.search.hint')}</bdi>
          </p>
          <div className="people-search-row">
            <input ref={inputRef} id={inputId} type="search" dir="auto" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${inputId}-hint`} />
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
          <ResultsHeading id={resultsId}>{t('people.search.results')}</ResultsHeading>
          <ErrorAlert error={results.error} />
          <p role="status">{results.loading ? t('common.loading') : results.data ? t('people.search.count', { count: results.data.length }) : ''}</p>
          {results.data && results.data.length === 0 ? <p className="empty">{t('people.search.empty')}</p> : null}
          {results.data && results.data.length > 0 ? <HitList hits={results.data} labelledBy={resultsId} /> : null}
        </section>
      ) : null}
    </>
  );
}
