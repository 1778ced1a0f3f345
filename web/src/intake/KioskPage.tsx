// The kiosk in the entrance hall: pick a rough area (or none) with one big
// button, get a number with the estimated wait, print it. No personal data.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';
import { concernGroups, intakeApi, type ConcernGroup, type KioskTicket } from './api';
import { PublicIntakeLayout } from './PublicIntakeLayout';
import { WaitText } from './WaitText';

export function KioskPage() {
  const { t } = useTranslation();
  const { tenantSlug = '', locationId = '' } = useParams();
  const [ticket, setTicket] = useState<KioskTicket | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('intake.kiosk.title'));

  async function draw(group: ConcernGroup | null) {
    setBusy(true);
    setError(null);
    try {
      setTicket(await intakeApi.drawTicket(tenantSlug, locationId, group));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (ticket) {
    return (
      <PublicIntakeLayout>
        <section className="kiosk-ticket" aria-labelledby="kiosk-number-label">
          <PageHeading focusOnMount>
            <span id="kiosk-number-label">{t('intake.kiosk.yourNumber')}</span>
          </PageHeading>
          <strong className="kiosk-number" data-testid="kiosk-number">{ticket.number}</strong>
          <p>{ticket.locationName}</p>
          <WaitText before={ticket.ticketsBefore} minutes={ticket.estimatedWaitMinutes} />
          <p>{t('intake.kiosk.watchDisplay')}</p>
          <div className="kiosk-actions form-actions">
            <button type="button" className="button button-secondary kiosk-button" onClick={() => window.print()}>
              {t('intake.kiosk.print')}
            </button>
            <button type="button" className="button button-primary kiosk-button" onClick={() => setTicket(null)}>
              {t('intake.kiosk.again')}
            </button>
          </div>
        </section>
      </PublicIntakeLayout>
    );
  }

  return (
    <PublicIntakeLayout>
      <PageHeading>{t('intake.kiosk.title')}</PageHeading>
      <p className="hint">{t('intake.kiosk.intro')}</p>
      <ErrorAlert error={error} />
      <nav aria-label={t('intake.kiosk.groupsLabel')}>
        <ul className="kiosk-groups">
          {concernGroups.map((group) => (
            <li key={group}>
              <button type="button" className="button button-primary kiosk-button" disabled={busy} onClick={() => void draw(group)}>
                {t(`intake.groups.${group}`)}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="button button-secondary kiosk-button" disabled={busy} onClick={() => void draw(null)}>
              {t('intake.kiosk.noGroup')}
            </button>
          </li>
        </ul>
      </nav>
      {busy ? <p role="status">{t('intake.kiosk.drawing')}</p> : null}
    </PublicIntakeLayout>
  );
}
