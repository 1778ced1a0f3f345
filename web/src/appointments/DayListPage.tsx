import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiRequest } from '../api/client';
import { hasAnyRole, useSession } from '../auth/SessionContext';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';
import { CounterBookingForm } from './CounterBookingForm';
import { formatSlot } from './format';
import { PLANNER_ROLES } from './roles';

interface DayEntry { id: string; name: string; email: string | null; status: string; mailStatus: string; startsAt: string; counter: number; concernTitle: string; locationName: string }

const today = () => new Date().toISOString().slice(0, 10);

// Staff: the bookings of a day, with arrived / no-show, and the form that
// gives an internal slot at the counter. Opening it is an audited read of
// personal data on the server.
export function DayListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('appointments.day.title'));
  const plans = hasAnyRole(useSession(), PLANNER_ROLES);
  const [day, setDay] = useState(today);
  const [entries, setEntries] = useState<DayEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback((signal?: AbortSignal) => {
    setError(null);
    apiRequest<{ items: DayEntry[] }>(`/api/appointments/day?day=${day}`, signal ? { signal } : {}).then((result) => setEntries(result.items), (caught: unknown) => {
      if (!signal?.aborted) setError(caught);
    });
  }, [day]);
  useEffect(() => {
    const controller = new AbortController();
    setEntries(null);
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function mark(id: string, status: 'arrived' | 'no_show') {
    try {
      await apiRequest(`/api/appointments/bookings/${id}/attendance`, { method: 'POST', body: { status } });
      load();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <PageHeading>{t('appointments.day.title')}</PageHeading>
      {plans && <p><Link to="/termine/planung">{t('appointments.planning.link')}</Link></p>}
      <label htmlFor="day-list-day">{t('appointments.day.day')}</label>{' '}
      <input id="day-list-day" type="date" value={day} onChange={(event) => setDay(event.target.value || today())} />
      {error != null && <ErrorAlert error={error} />}
      {entries === null && error == null && <p role="status">{t('appointments.loading')}</p>}
      {entries?.length === 0 && <p>{t('appointments.day.empty')}</p>}
      {entries && entries.length > 0 && (
        <div className="table-region" role="region" aria-label={t('appointments.day.title')} tabIndex={0}>
          <table>
            <thead><tr><th>{t('appointments.day.time')}</th><th>{t('appointments.name')}</th><th>{t('appointments.day.concern')}</th><th>{t('appointments.day.status')}</th><th>{t('appointments.day.actions')}</th></tr></thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatSlot(entry.startsAt, i18n.language)} · {entry.locationName} · {t('appointments.day.counter', { counter: entry.counter })}</td>
                  <td>{entry.name}{entry.mailStatus !== 'sent' && <> <span className="badge">{t('appointments.day.mailNotSent')}</span></>}</td>
                  <td>{entry.concernTitle}</td>
                  <td>{t(`appointments.status.${entry.status}` as 'appointments.status.confirmed')}</td>
                  <td>
                    <button type="button" className="button" onClick={() => void mark(entry.id, 'arrived')} disabled={entry.status === 'arrived'}>{t('appointments.day.arrived')}</button>{' '}
                    <button type="button" className="button" onClick={() => void mark(entry.id, 'no_show')} disabled={entry.status === 'no_show'}>{t('appointments.day.noShow')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CounterBookingForm onBooked={() => load()} />
    </>
  );
}
