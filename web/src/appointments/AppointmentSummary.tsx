import { useTranslation } from 'react-i18next';
import type { Appointment } from './api';
import { formatSlot } from './format';

// What, when and where, one line each. Name, concern and place come from the
// person and the catalogue, often in another script than the page (an Arabic
// name on a German page, a German title on an Arabic one): <bdi> keeps each in
// its own direction instead of mixing it with the text around it.
export function AppointmentSummary({ appointment, withName = false, withStatus = false }: { appointment: Appointment; withName?: boolean; withStatus?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="booking-summary">
      {withName && (
        <>
          <dt>{t('appointments.name')}</dt>
          <dd><bdi>{appointment.name}</bdi></dd>
        </>
      )}
      <dt>{t('appointments.concern')}</dt>
      <dd><bdi>{appointment.concernTitle}</bdi></dd>
      <dt>{t('appointments.when')}</dt>
      <dd>{formatSlot(appointment.startsAt, i18n.language)}</dd>
      <dt>{t('appointments.place')}</dt>
      <dd><bdi>{appointment.locationName}{appointment.locationAddress ? `, ${appointment.locationAddress}` : ''}</bdi></dd>
      {withStatus && (
        <>
          <dt>{t('appointments.state')}</dt>
          <dd>{t(`appointments.status.${appointment.status}` as 'appointments.status.confirmed')}</dd>
        </>
      )}
    </dl>
  );
}
