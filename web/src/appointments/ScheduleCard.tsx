// One schedule as a planner reads it: where and when, how many counters,
// what share goes online, the concerns with their slot lengths and what has
// been released, closing days and draws; below it what can be done with it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../ui/Alerts';
import { formatNumber } from './format';
import type { PlanningData, Schedule } from './planning-api';
import { formatCalendarDay, formatMoment, openingHoursLines } from './planning-format';
import { DrawForm, HolidayForm, ReleaseForm, RunDrawButton } from './ScheduleActions';

interface Props {
  schedule: Schedule;
  data: PlanningData;
  titles: ReadonlyMap<string, string>;
  onChanged: (schedule: Schedule) => void;
  onRefresh: () => void;
}

export function ScheduleCard({ schedule, data, titles, onChanged, onRefresh }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [drawOutcomes, setDrawOutcomes] = useState<Record<string, string>>({});
  const language = i18n.language;
  const unit = data.units.find((u) => u.id === schedule.unitId)?.name ?? t('appointments.planning.unknownUnit');
  const location = data.locations.find((l) => l.id === schedule.locationId)?.name ?? t('appointments.planning.unknownLocation');
  const title = (concernId: string) => titles.get(concernId) ?? t('appointments.planning.unknownConcern');
  const hours = openingHoursLines(schedule.openingHours, language);
  const now = Date.now();
  return (
    <article className="planning-schedule" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('appointments.planning.scheduleHeading', { unit, location })}</h3>
      <dl className="booking-summary">
        <dt>{t('appointments.planning.openingHours')}</dt>
        <dd>{hours.length ? <ul className="planning-plain">{hours.map((line) => <li key={line}>{line}</li>)}</ul> : t('appointments.planning.noOpeningHours')}</dd>
        <dt>{t('appointments.planning.counters')}</dt>
        <dd>{formatNumber(schedule.counters, language)}</dd>
        <dt>{t('appointments.planning.onlinePercent')}</dt>
        <dd>{t('appointments.planning.percent', { percent: formatNumber(schedule.onlinePercent, language) })}</dd>
        <dt>{t('appointments.planning.bookingWindow')}</dt>
        <dd>{t('appointments.planning.bookingWindowValue', { count: schedule.bookingWindowDays })}</dd>
        <dt>{t('appointments.planning.cooldown')}</dt>
        <dd>{t('appointments.planning.minutes', { count: schedule.cooldownMinutes })}</dd>
        <dt>{t('appointments.planning.concerns')}</dt>
        <dd>
          <ul className="planning-plain">
            {schedule.concerns.map((c) => {
              const released = schedule.releases.find((r) => r.concernId === c.concernId);
              return (
                <li key={c.concernId}>
                  {title(c.concernId)} · {t('appointments.planning.minutes', { count: c.slotMinutes })}
                  <br />
                  <span className="hint">
                    {released
                      ? t('appointments.planning.releaseSummary', {
                        slots: formatNumber(released.slots, language), online: formatNumber(released.online, language),
                        from: formatMoment(released.firstStartsAt, language), to: formatMoment(released.lastStartsAt, language),
                      })
                      : t('appointments.planning.nothingReleased')}
                  </span>
                </li>
              );
            })}
          </ul>
        </dd>
        <dt>{t('appointments.planning.holidays')}</dt>
        <dd>
          {schedule.holidays.length === 0 ? t('appointments.planning.noHolidays') : (
            <ul className="planning-plain">
              {schedule.holidays.map((h) => <li key={h.day}>{formatCalendarDay(h.day, language)}{h.label ? ` – ${h.label}` : ''}</li>)}
            </ul>
          )}
        </dd>
        <dt>{t('appointments.planning.draws')}</dt>
        <dd>
          {schedule.draws.length === 0 ? t('appointments.planning.noDraws') : (
            <ul className="planning-plain">
              {schedule.draws.map((d) => {
                const label = t('appointments.planning.drawLine', { concern: title(d.concernId), open: formatMoment(d.requestsOpenAt, language), close: formatMoment(d.requestsCloseAt, language) });
                return (
                  <li key={d.id}>
                    {label} · {d.status === 'drawn' ? t('appointments.planning.drawDrawn') : t('appointments.planning.drawCollecting')}
                    {d.status === 'collecting' && new Date(d.requestsCloseAt).getTime() <= now && (
                      <> <RunDrawButton drawId={d.id} label={label} onRun={(outcome) => { setDrawOutcomes((current) => ({ ...current, [d.id]: outcome })); onRefresh(); }} /></>
                    )}
                    <StatusMessage message={drawOutcomes[d.id] ?? null} />
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
      </dl>
      <HolidayForm schedule={schedule} onChanged={onChanged} />
      <ReleaseForm schedule={schedule} titles={titles} onReleased={onRefresh} />
      <DrawForm schedule={schedule} titles={titles} onCreated={onRefresh} />
    </article>
  );
}
