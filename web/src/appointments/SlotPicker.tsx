import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { loadSlots, type FreeSlot } from './api';
import { dayKey, formatDay, formatTime } from './format';
import './appointments.css';

// The first 60 free slots, grouped by day: one group per day named by its
// date, the times as radio buttons (keyboard: arrow keys). On a phone a list
// of full dates ran together into one block of text; times under their day
// stay short enough to sit several to a line.
const SHOWN = 60;

function byDay(slots: FreeSlot[]): FreeSlot[][] {
  const days = new Map<string, FreeSlot[]>();
  for (const slot of slots) {
    const key = dayKey(slot.startsAt);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  return [...days.values()];
}

export function SlotPicker({ slug, concernId, value, onChange, onLoaded }: { slug: string; concernId: string; value: string; onChange: (id: string) => void; onLoaded?: (count: number) => void }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; slots: FreeSlot[] }>({ status: 'loading' });
  // Kept in a ref: a new callback on each render of the parent must not load the slots again.
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;
  useEffect(() => {
    const controller = new AbortController();
    loadSlots(slug, concernId, controller.signal).then((result) => {
      setState({ status: 'ready', slots: result.items });
      loaded.current?.(result.items.length);
    }, (error: unknown) => {
      if (!controller.signal.aborted) setState({ status: 'error', error });
    });
    return () => controller.abort();
  }, [slug, concernId]);
  if (state.status === 'loading') return <p role="status">{t('appointments.loading')}</p>;
  if (state.status === 'error') return <ErrorAlert error={state.error} />;
  if (state.slots.length === 0) return <p>{t('appointments.noSlots')}</p>;
  const shown = state.slots.slice(0, SHOWN);
  const places = new Map(shown.map((slot) => [slot.location.id, slot.location]));
  // One place for all: say it once above the times; several: name it at each time.
  const onlyPlace = places.size === 1 ? [...places.values()][0] : undefined;
  return (
    <fieldset className="booking-slots">
      <legend>{t('appointments.chooseSlot')}</legend>
      {onlyPlace && (
        <p className="booking-place">
          {t('appointments.place')}: <bdi>{onlyPlace.name}{onlyPlace.address ? `, ${onlyPlace.address}` : ''}</bdi>
        </p>
      )}
      {byDay(shown).map((day) => (
        <fieldset key={dayKey((day[0] as FreeSlot).startsAt)} className="booking-day">
          <legend>{formatDay((day[0] as FreeSlot).startsAt, i18n.language)}</legend>
          <div className="booking-times">
            {day.map((slot) => (
              <label key={slot.id} className="booking-slot">
                <input type="radio" name="slot" value={slot.id} checked={value === slot.id} onChange={() => onChange(slot.id)} required />
                <span>{formatTime(slot.startsAt, i18n.language)}</span>
                {!onlyPlace && <bdi className="booking-location">{slot.location.name}</bdi>}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
