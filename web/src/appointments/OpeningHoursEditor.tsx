// Opening hours of a schedule: per weekday any number of intervals (e.g.
// 08:00–12:00 and 14:00–16:00). The server names a wrong interval by its
// place in the flat list, so `flatten` returns that order with the rows.
import { useTranslation } from 'react-i18next';
import { FieldError } from '../ui/Alerts';
import type { OpeningInterval } from './planning-api';
import { WEEKDAYS, weekdayName } from './planning-format';

export interface HoursRow { key: number; weekday: number; opens: string; closes: string }

let nextKey = 1;
export const hoursRow = (weekday: number, opens = '08:00', closes = '12:00'): HoursRow => ({ key: nextKey++, weekday, opens, closes });
/** Monday to Friday mornings: the usual start, changed in a few clicks. */
export const defaultHours = (): HoursRow[] => [1, 2, 3, 4, 5].map((weekday) => hoursRow(weekday));

/** The rows in the order they are sent (by weekday, then as entered). */
export function flatten(rows: readonly HoursRow[]): HoursRow[] {
  return WEEKDAYS.flatMap((weekday) => rows.filter((row) => row.weekday === weekday));
}
export const toIntervals = (rows: readonly HoursRow[]): OpeningInterval[] => flatten(rows).map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));

interface Props {
  rows: HoursRow[];
  onChange: (rows: HoursRow[]) => void;
  /** Error text per row key. */
  errors: ReadonlyMap<number, string>;
  idPrefix: string;
}

export function OpeningHoursEditor({ rows, onChange, errors, idPrefix }: Props) {
  const { t, i18n } = useTranslation();
  const update = (key: number, patch: Partial<HoursRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="planning-hours">
      <legend>{t('appointments.planning.openingHours')}</legend>
      <p className="hint">{t('appointments.planning.openingHoursHint')}</p>
      {WEEKDAYS.map((weekday) => {
        const day = weekdayName(weekday, i18n.language);
        const ofDay = rows.filter((row) => row.weekday === weekday);
        return (
          <fieldset key={weekday} className="planning-weekday">
            <legend>{day}</legend>
            {ofDay.length === 0 && <p className="hint planning-closed">{t('appointments.planning.closed')}</p>}
            {ofDay.map((row, index) => {
              const id = `${idPrefix}-${row.key}`;
              const error = errors.get(row.key) ?? null;
              const prefix = t('appointments.planning.intervalLabel', { day, number: index + 1 });
              return (
                <div key={row.key} className="planning-interval">
                  <div className="planning-time">
                    <label htmlFor={`${id}-opens`}><span className="visually-hidden">{prefix} </span>{t('appointments.planning.opens')}</label>
                    <input id={`${id}-opens`} type="time" value={row.opens} onChange={(event) => update(row.key, { opens: event.target.value })}
                      aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
                  </div>
                  <div className="planning-time">
                    <label htmlFor={`${id}-closes`}><span className="visually-hidden">{prefix} </span>{t('appointments.planning.closes')}</label>
                    <input id={`${id}-closes`} type="time" value={row.closes} onChange={(event) => update(row.key, { closes: event.target.value })}
                      aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
                  </div>
                  <button type="button" className="button button-secondary button-small" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                    {t('appointments.planning.removeInterval')}<span className="visually-hidden"> ({prefix})</span>
                  </button>
                  <FieldError id={`${id}-error`} message={error} />
                </div>
              );
            })}
            <button type="button" className="button button-secondary button-small" onClick={() => onChange([...rows, ofDay.length ? hoursRow(weekday, '14:00', '16:00') : hoursRow(weekday)])}>
              {t('appointments.planning.addInterval')}<span className="visually-hidden"> ({day})</span>
            </button>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
