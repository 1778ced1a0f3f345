// The one search box over articles, concerns and processes. Results are
// ranked by the server; articles open in the knowledge base, processes in
// the process map, concerns in the catalogue.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { searchKnowledge, type SearchHit } from './api';
import { articlePath } from './paths';
import { Snippet } from './Snippet';

// Concerns have no page of their own for all staff yet; their title and snippet say enough.
const hitPath = (hit: SearchHit): string | null =>
  hit.kind === 'article' ? articlePath(hit.id) : hit.kind === 'process' ? `/prozesse/${encodeURIComponent(hit.id)}` : null;

export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [asOf, setAsOf] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length < 2) return;
    setBusy(true);
    setError(null);
    try {
      setHits((await searchKnowledge(text.trim(), asOf || null)).items);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('knowledge.search.heading')}</h2>
      <form role="search" onSubmit={(event) => void submit(event)} className="knowledge-search">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('knowledge.search.label')}</label>
          <input id={`${id}-q`} type="search" value={text} minLength={2} maxLength={200} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-asof`}>{t('knowledge.search.asOf')}</label>
          <input id={`${id}-asof`} type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('knowledge.search.busy') : t('knowledge.search.submit')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {hits === null ? null : hits.length === 0 ? (
        <p role="status">{t('knowledge.search.none')}</p>
      ) : (
        <>
          <p role="status">{t('knowledge.search.count', { count: hits.length })}</p>
          <ol className="knowledge-results">
            {hits.map((hit) => (
              <li key={`${hit.kind}:${hit.id}`}>
                <span className="badge">{t(`knowledge.kind.${hit.kind}`)}</span>{' '}
                {hitPath(hit) ? <Link to={hitPath(hit) as string}>{hit.title}</Link> : <strong>{hit.title}</strong>}
                <Snippet segments={hit.snippet} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
