import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { loadSlots, type FreeSlot } from './api';
import { formatSlot } from './format';

/** The free slots of a concern as radio buttons (keyboard: arrow keys). */
export function SlotPicker({ slug, concernId, value, onChange }: { slug: string; concernId: string; value: string; onChange: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; slots: FreeSlot[] }>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    loadSlots(slug, concernId, controller.signal).then((result) => setState({ status: 'ready', slots: result.items }), (error: unknown) => {
      if (!controller.signal.aborted) setState({ status: 'error', error });
    });
    return () => controller.abort();
  }, [slug, concernId]);
  if (state.status === 'loading') return <p role="status">{t('appointments.loading')}</p>;
  if (state.status === 'error') return <ErrorAlert error={state.error} />;
  if (state.slots.length === 0) return <p>{t('appointments.noSlots')}</p>;
  return (
    <fieldset className="booking-slots">
      <legend>{t('appointments.chooseSlot')}</legend>
      {state.slots.slice(0, 60).map((slot) => (
        <label key={slot.id} className="booking-slot">
          <input type="radio" name="slot" value={slot.id} checked={value === slot.id} onChange={() => onChange(slot.id)} required />
          <span>{formatSlot(slot.startsAt, i18n.language)}</span> <span className="booking-location">{slot.location.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
