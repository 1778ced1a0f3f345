// Finding another person from within a person page (family link, merge):
// the same search, each result with a "choose" button.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { useSubmission } from '../ui/useSubmission';
import { searchPeople, type Purpose, type SearchHit } from './api';
import { HitList } from './HitList';

interface Props {
  label: string;
  chooseLabel: string;
  excludeId: string;
  purpose: Purpose;
  onChoose: (hit: SearchHit) => void;
}

export function PersonPicker({ label, chooseLabel, excludeId, purpose, onChoose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const submission = useSubmission();
  const inputId = useId();
  const listId = useId();
  const search = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    void submission.run(async () => setHits((await searchPeople(text.trim(), undefined, purpose)).filter((hit) => hit.id !== excludeId)));
  };
  return (
    <div>
      <form role="search" className="form people-search" onSubmit={search}>
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <div className="people-search-row">
            <input id={inputId} type="search" dir="auto" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
            <button type="submit" className="button button-secondary">
              {t('people.search.submit')}
            </button>
          </div>
        </div>
      </form>
      <ErrorAlert error={submission.error} />
      {hits ? (
        <>
          <p id={listId} role="status">{t('people.search.count', { count: hits.length })}</p>
          <HitList
            hits={hits}
            labelledBy={listId}
            actions={(hit) => (
              <button type="button" className="button button-secondary button-small" onClick={() => onChoose(hit)}>
                {chooseLabel}
              </button>
            )}
          />
        </>
      ) : null}
    </div>
  );
}
