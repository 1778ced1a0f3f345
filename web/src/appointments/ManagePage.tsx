import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PublicLayout } from '../shell/PublicLayout';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';
import './appointments.css';
import { cancelManaged, loadManaged, rebookManaged, type Appointment } from './api';
import { AppointmentSummary } from './AppointmentSummary';
import { SlotPicker } from './SlotPicker';

// /termin/verwalten?kreis=&token=: the link from the confirmation mail, to cancel or move.
export function ManagePage() {
  const { t } = useTranslation();
  usePageTitle(t('appointments.manageTitle'));
  const [params] = useSearchParams();
  const slug = params.get('kreis') ?? '';
  const token = params.get('token') ?? '';
  const [appointment, setAppointment] = useState<Appointment | null>(null);
  const [concernId, setConcernId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [slotId, setSlotId] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    loadManaged(slug, token, controller.signal).then((found) => {
      setAppointment(found);
      setConcernId(found.concernId);
    }, (caught: unknown) => { if (!controller.signal.aborted) setError(caught); });
    return () => controller.abort();
  }, [slug, token]);

  async function act(work: () => Promise<Appointment>) {
    setBusy(true);
    setError(null);
    try {
      setAppointment(await work());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const open = appointment && ['held', 'confirmed'].includes(appointment.status);
  return (
    <PublicLayout>
      <PageHeading focusOnMount>{t('appointments.manageTitle')}</PageHeading>
      {error != null && <ErrorAlert error={error} />}
      {!appointment && error == null && <p role="status">{t('appointments.loading')}</p>}
      {appointment && (
        <section aria-live="polite">
          <AppointmentSummary appointment={appointment} withName withStatus />
        </section>
      )}
      {open && (
        <>
          <div className="booking-actions">
            <button type="button" className="button button-danger" disabled={busy} onClick={() => void act(() => cancelManaged(slug, token))}>{t('appointments.cancel')}</button>
          </div>
          {concernId && (
            <form className="booking-form" onSubmit={(event) => { event.preventDefault(); void act(() => rebookManaged(slug, token, slotId)); }}>
              <h2>{t('appointments.rebook')}</h2>
              <SlotPicker slug={slug} concernId={concernId} value={slotId} onChange={setSlotId} />
              <div className="form-actions">
                <button type="submit" className="button button-primary" disabled={busy || !slotId}>{t('appointments.rebookSubmit')}</button>
              </div>
            </form>
          )}
        </>
      )}
    </PublicLayout>
  );
}
