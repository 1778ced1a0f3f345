// Linking a ticket to a person at the desk: search the register (a name in
// any spelling or script, a birth date, a number), pick one of the ranked
// hits with the reasons they match, confirm. Searches run on Enter or the
// button, never per keystroke: each one is audited with the purpose "intake".
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { useSubmission } from '../ui/useSubmission';
import { searchPeople, type SearchHit } from '../people/api';
import { Name, Reasons, useBirthDate } from '../people/labels';
import { intakeApi, type Ticket } from './api';

export interface LinkedPerson {
  id: string;
  givenNames: string;
  familyName: string;
}

interface Props {
  ticket: Ticket;
  onLinked: (person: LinkedPerson) => void;
}

export function TicketPersonLink({ ticket, onLinked }: Props) {
  const { t } = useTranslation();
  const birth = useBirthDate();
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const search = useSubmission();
  const linking = useSubmission();
  const inputRef = useRef<HTMLInputElement>(null);
  const pickRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Only the answer to the latest search may fill the list.
  const latest = useRef(0);

  useEffect(() => {
    if (chosen) confirmRef.current?.focus();
  }, [chosen]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) return;
    const run = ++latest.current;
    setChosen(null);
    setQuery(q);
    void search.run(async () => {
      const found = await searchPeople(q, undefined, 'intake');
      if (run === latest.current) setHits(found);
    });
  };

  const focusPick = (index: number) => pickRefs.current[index]?.focus();

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits && hits.length > 0) {
      event.preventDefault();
      focusPick(0);
    }
  };

  const onPickKey = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const last = (hits?.length ?? 0) - 1;
    const target = { ArrowDown: Math.min(index + 1, last), ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target < 0) inputRef.current?.focus();
    else focusPick(target);
  };

  const pickAgain = () => {
    const index = hits?.findIndex((hit) => hit.id === chosen?.id) ?? -1;
    setChosen(null);
    // The list is back on the next render; return the focus to where the choice was made.
    requestAnimationFrame(() => (index >= 0 ? focusPick(index) : inputRef.current?.focus()));
  };

  const confirm = (person: SearchHit) =>
    void linking.run(async () => {
      await intakeApi.linkPerson(ticket.id, person.id);
      onLinked({ id: person.id, givenNames: person.givenNames, familyName: person.familyName });
    });

  const born = (hit: SearchHit) => t('intake.personLink.born', { date: birth(hit.birthDate) });
  const createLink = `/personen/neu${query ? `?name=${encodeURIComponent(query)}` : ''}`;

  return (
    <div className="intake-link" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="intake-link-title">
        {t('intake.personLink.title')}
      </p>
      <form role="search" className="intake-link-search" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <label htmlFor={`${id}-q`}>{t('intake.personLink.searchLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('intake.personLink.hint')}
        </p>
        <div className="intake-link-row">
          <input
            ref={inputRef} id={`${id}-q`} type="search" dir="auto" autoComplete="off" value={text}
            onChange={(event) => setText(event.target.value)} onKeyDown={onInputKey}
            aria-describedby={`${id}-hint`}
          />
          <button type="submit" className="button button-secondary button-small" disabled={search.busy}>
            {t('intake.personLink.search')}
          </button>
        </div>
      </form>
      <ErrorAlert error={search.error} />
      <p role="status" className={search.busy || hits ? 'hint' : 'visually-hidden'}>
        {search.busy ? t('intake.personLink.searching') : hits ? t('intake.personLink.count', { count: hits.length }) : ''}
      </p>
      {chosen ? (
        <div className="intake-link-confirm" role="group" aria-labelledby={`${id}-question`} aria-describedby={`${id}-chosen`}>
          <p id={`${id}-question`}>{t('intake.personLink.confirmQuestion', { number: ticket.number })}</p>
          <p id={`${id}-chosen`} className="intake-link-chosen">
            <strong>
              <Name given={chosen.givenNames} family={chosen.familyName} />
            </strong>
            {` · ${born(chosen)}`}
          </p>
          <ErrorAlert error={linking.error} />
          <div className="intake-link-row">
            <button ref={confirmRef} type="button" className="button button-primary button-small" disabled={linking.busy} onClick={() => confirm(chosen)}>
              {t('intake.personLink.confirm')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={pickAgain}>
              {t('intake.personLink.other')}
            </button>
          </div>
        </div>
      ) : (
        <div>
          {hits && hits.length === 0 ? <p className="empty">{t('intake.personLink.empty')}</p> : null}
          {hits && hits.length > 0 ? (
            <>
              <p id={`${id}-keys`} className="visually-hidden">
                {t('intake.personLink.keys')}
              </p>
              <ol className="intake-link-hits" aria-label={t('intake.personLink.results')}>
                {hits.map((hit, index) => (
                  <li key={hit.id} className="intake-link-hit">
                    <button
                      ref={(element) => {
                        pickRefs.current[index] = element;
                      }}
                      type="button" className="intake-link-pick" onClick={() => setChosen(hit)} onKeyDown={onPickKey(index)}
                      aria-describedby={`${id}-why-${index} ${id}-keys`}
                    >
                      <span className="intake-link-name">
                        <Name given={hit.givenNames} family={hit.familyName} />
                      </span>
                      <span className="intake-link-born">{born(hit)}</span>
                    </button>
                    <div id={`${id}-why-${index}`} className="intake-link-why">
                      <span className="visually-hidden">{t('people.search.why')} </span>
                      {hit.nationalities.length > 0 ? <span className="hint">{hit.nationalities.join(', ')}</span> : null}
                      <Reasons reasons={hit.reasons} />
                    </div>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {hits ? (
            <p className="intake-link-create">
              {t('intake.personLink.noFit')} <Link to={createLink}>{t('intake.personLink.create')}</Link>
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
