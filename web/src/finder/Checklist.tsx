// The result of the finder: everything to bring for all matching concerns
// as one personal checklist to tick off (and print), then each concern with
// its way forward.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinderStep } from './api';
import { ConcernCard } from './ConcernCard';
import { Localized } from './Localized';

interface Props {
  result: NonNullable<FinderStep['result']>;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

export function Checklist({ result, headingRef }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const bringId = useId();
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  if (result.concerns.length === 0) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('finder.resultTitle')}
        </h2>
        <p>{t('finder.noResult')}</p>
      </section>
    );
  }

  return (
    <section className="finder-result" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('finder.resultTitle')}
      </h2>
      <p>{t('finder.resultIntro')}</p>
      <ul className="finder-result-titles">
        {result.concerns.map((concern) => (
          <Localized key={concern.id} as="li" lang={concern.lang} dir={concern.dir}>
            {concern.title}
          </Localized>
        ))}
      </ul>

      {result.documents.length > 0 ? (
        <section className="finder-bring" aria-labelledby={bringId}>
          <h3 id={bringId}>{t('finder.bringTitle')}</h3>
          <p className="hint">{t('finder.bringHint')}</p>
          <ul className="finder-checklist">
            {result.documents.map((document, index) => (
              <li key={document.text}>
                <label className="checkbox">
                  <input type="checkbox" checked={ticked.has(index)} onChange={() => toggle(index)} />
                  <Localized lang={document.lang} dir={document.dir}>
                    {document.text}
                  </Localized>
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="button button-secondary finder-print" onClick={() => window.print()}>
            {t('finder.print')}
          </button>
        </section>
      ) : null}

      {result.concerns.map((concern) => (
        <ConcernCard key={concern.id} concern={concern} />
      ))}
    </section>
  );
}
