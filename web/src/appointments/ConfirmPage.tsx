import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PublicLayout } from '../shell/PublicLayout';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';
import './appointments.css';
import { confirmBooking, type Appointment } from './api';
import { AppointmentSummary } from './AppointmentSummary';

// /termin/bestaetigen?kreis=&buchung=&token=: the link from the reservation mail.
export function ConfirmPage() {
  const { t } = useTranslation();
  usePageTitle(t('appointments.confirmTitle'));
  const [params] = useSearchParams();
  const [state, setState] = useState<{ status: 'working' } | { status: 'error'; error: unknown } | { status: 'done'; appointment: Appointment }>({ status: 'working' });
  const slug = params.get('kreis') ?? '';
  const bookingId = params.get('buchung') ?? '';
  const token = params.get('token') ?? '';
  useEffect(() => {
    // Confirming is idempotent on the server, so a double effect in development does no harm.
    confirmBooking(slug, bookingId, { token }).then((appointment) => setState({ status: 'done', appointment }), (error: unknown) => setState({ status: 'error', error }));
  }, [slug, bookingId, token]);
  return (
    <PublicLayout>
      <PageHeading focusOnMount>{t('appointments.confirmTitle')}</PageHeading>
      {state.status === 'working' && <p role="status">{t('appointments.confirming')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'done' && (
        <section aria-live="polite">
          <h2>{t('appointments.confirmed')}</h2>
          <AppointmentSummary appointment={state.appointment} />
          <p>{t('appointments.confirmedMail')}</p>
        </section>
      )}
    </PublicLayout>
  );
}
