// One concern of the result: what it is, what it needs, what it costs, where
// it is served, and the way forward.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicConcern } from './api';
import { WayForward } from './WayForward';

export function ConcernCard({ concern }: { concern: PublicConcern }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const shownInGerman = concern.lang === 'de' && !i18n.language.startsWith('de');
  const content = i18n.language === concern.lang ? {} : { lang: concern.lang, dir: concern.dir };

  return (
    <article className="finder-concern" aria-labelledby={headingId}>
      <h3 id={headingId} {...content}>
        {concern.title}
      </h3>
      {shownInGerman ? <p className="hint">{t('finder.germanOnly')}</p> : null}
      <p {...content}>{concern.description}</p>
      <WayForward concern={concern} />
      <dl className="finder-facts">
        {concern.prerequisites.length > 0 ? (
          <>
            <dt>{t('finder.prerequisites')}</dt>
            <dd>
              <ul {...content}>
                {concern.prerequisites.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {concern.fees ? (
          <>
            <dt>{t('finder.fees')}</dt>
            <dd {...content}>{concern.fees}</dd>
          </>
        ) : null}
        {concern.durationMinutes ? (
          <>
            <dt>{t('finder.duration')}</dt>
            <dd>{t('finder.durationValue', { minutes: concern.durationMinutes })}</dd>
          </>
        ) : null}
        {concern.locations.length > 0 ? (
          <>
            <dt>{t('finder.where')}</dt>
            <dd>
              <ul lang="de" dir="ltr">
                {concern.locations.map((location) => (
                  <li key={location.name}>
                    {location.name}
                    {location.address ? `, ${location.address}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {concern.responsibleUnit ? (
          <>
            <dt>{t('finder.responsible')}</dt>
            <dd lang="de" dir="ltr">
              {concern.responsibleUnit}
            </dd>
          </>
        ) : null}
        {concern.forms.length > 0 ? (
          <>
            <dt>{t('finder.forms')}</dt>
            <dd>
              <ul lang="de" dir="ltr">
                {concern.forms.map((form) => (
                  <li key={form.url}>
                    <a href={form.url} rel="noopener noreferrer" target="_blank">
                      {form.title}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
