// The waiting-room screen of one location: numbers being served and where,
// waiting times per queue, live over server-sent events, with an optional
// chime. Large type, white on black, for a big screen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { ErrorAlert } from '../ui/Alerts';
import { usePageTitle } from '../ui/usePageTitle';
import { Chime } from './chime';
import { useDisplayFeed } from './useDisplayFeed';
import './intake.css';

export function DisplayPage() {
  const { t } = useTranslation();
  const { tenantSlug = '', locationId = '' } = useParams();
  const { snapshot, error, live, latest } = useDisplayFeed(tenantSlug, locationId);
  const [sound, setSound] = useState(false);
  const chime = useRef(new Chime());
  usePageTitle(snapshot ? `${t('intake.display.title')} – ${snapshot.locationName}` : t('intake.display.title'));

  useEffect(() => {
    if (latest && sound) chime.current.play();
  }, [latest, sound]);

  const toggleSound = () => {
    if (sound) chime.current.disable();
    else chime.current.enable();
    setSound(!sound);
  };

  return (
    <div className="display">
      <header className="display-header">
        <h1>
          {t('intake.display.title')}
          {snapshot ? ` – ${snapshot.locationName}` : ''}
        </h1>
        <div className="display-controls">
          <span className="display-status">{live ? t('intake.display.live') : t('intake.display.offline')}</span>
          <button type="button" className="display-toggle" aria-pressed={sound} onClick={toggleSound}>
            {sound ? t('intake.display.chimeOff') : t('intake.display.chimeOn')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorAlert error={error} />
        {/* Announced by screen readers; the visual highlight for everyone. */}
        <p className="display-latest" role="status" aria-live="assertive">
          {latest ? t('intake.display.latest', { number: latest.number, counter: latest.counterName }) : '\u00a0'}
        </p>
        <div className="display-grid">
          <section aria-labelledby="display-called">
            <h2 id="display-called">{t('intake.display.called')}</h2>
            {snapshot && snapshot.called.length === 0 ? <p>{t('intake.display.nobodyCalled')}</p> : null}
            {snapshot && snapshot.called.length > 0 ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('intake.display.number')}</th>
                    <th scope="col">{t('intake.display.counter')}</th>
                  </tr>
                </thead>
                <tbody>
                  {snapshot.called.map((entry) => (
                    <tr key={entry.number}>
                      <td className="display-number">{entry.number}</td>
                      <td>{entry.counterName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
          <section aria-labelledby="display-queues">
            <h2 id="display-queues">{t('intake.display.queues')}</h2>
            <ul className="display-queues">
              {snapshot?.queues.map((queue) => (
                <li key={queue.unitId ?? 'untriaged'}>
                  <strong>{queue.unitName ?? t('intake.display.untriaged')}</strong>
                  <br />
                  {t('intake.display.waiting', { count: queue.waiting })}
                  {' · '}
                  {queue.estimatedWaitMinutes === null ? t('intake.wait.unknown') : t('intake.wait.minutes', { minutes: queue.estimatedWaitMinutes })}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </main>
    </div>
  );
}
