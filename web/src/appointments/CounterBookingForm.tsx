import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ErrorAlert } from '../ui/Alerts';
import { formatSlot } from './format';
import { SelectField } from './SelectField';

// Staff give a free internal slot to a person at the counter or on the phone
// (server: POST /api/appointments/bookings); the booking is confirmed at once.

interface Concern { id: string; title: string; active: boolean }
interface FreeSlot { id: string; startsAt: string; location: { name: string } }

export function CounterBookingForm({ onBooked }: { onBooked: () => void }) {
  const { t, i18n } = useTranslation();
  const [concerns, setConcerns] = useState<Concern[]>([]);
  const [concernId, setConcernId] = useState('');
  const [slots, setSlots] = useState<FreeSlot[] | null>(null);
  const [slotId, setSlotId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    apiRequest<{ items: Concern[] }>('/api/concerns', { signal: controller.signal }).then((result) => setConcerns(result.items.filter((c) => c.active)), (caught: unknown) => {
      if (!controller.signal.aborted) setError(caught);
    });
    return () => controller.abort();
  }, []);
  useEffect(() => {
    setSlots(null);
    setSlotId('');
    if (!concernId) return;
    const controller = new AbortController();
    apiRequest<{ items: FreeSlot[] }>(`/api/appointments/internal-slots?concernId=${encodeURIComponent(concernId)}`, { signal: controller.signal }).then((result) => setSlots(result.items), (caught: unknown) => {
      if (!controller.signal.aborted) setError(caught);
    });
    return () => controller.abort();
  }, [concernId, refresh]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await apiRequest('/api/appointments/bookings', {
        method: 'POST',
        body: { slotId, name: name.trim(), language: 'de', ...(email.trim() ? { email: email.trim() } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}) },
      });
      setDone(true);
      setName('');
      setEmail('');
      setPhone('');
      setRefresh((n) => n + 1);
      onBooked();
    } catch (caught) {
      setError(caught);
      setRefresh((n) => n + 1);
    }
  }

  return (
    <section aria-labelledby="counter-booking-heading">
      <h2 id="counter-booking-heading">{t('appointments.day.counterBooking.title')}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <SelectField label={t('appointments.day.concern')} value={concernId} onChange={setConcernId}>
          <option value="">{t('appointments.day.counterBooking.chooseConcern')}</option>
          {concerns.map((concern) => <option key={concern.id} value={concern.id}>{concern.title}</option>)}
        </SelectField>
        {slots?.length === 0 && <p>{t('appointments.day.counterBooking.noSlots')}</p>}
        {slots && slots.length > 0 && (
          <SelectField label={t('appointments.day.counterBooking.slot')} value={slotId} onChange={setSlotId}>
            <option value="">{t('appointments.day.counterBooking.chooseSlot')}</option>
            {slots.map((slot) => <option key={slot.id} value={slot.id}>{formatSlot(slot.startsAt, i18n.language)} · {slot.location.name}</option>)}
          </SelectField>
        )}
        <div className="field">
          <label htmlFor="counter-booking-name">{t('appointments.name')}</label>
          <input id="counter-booking-name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="counter-booking-email">{t('appointments.day.counterBooking.email')}</label>
          <input id="counter-booking-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} maxLength={254} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="counter-booking-phone">{t('appointments.day.counterBooking.phone')}</label>
          <input id="counter-booking-phone" type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} maxLength={40} autoComplete="off" />
        </div>
        <button type="submit" className="button" disabled={!slotId || !name.trim()}>{t('appointments.day.counterBooking.submit')}</button>
      </form>
      {done && <p role="status">{t('appointments.day.counterBooking.done')}</p>}
      {error != null && <ErrorAlert error={error} />}
    </section>
  );
}
