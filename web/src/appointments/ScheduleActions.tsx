// What a planner does with a schedule: a closing day, a release of slots for
// a concern and a range of days, a draw for scarce slots and running it.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { formatNumber } from './format';
import { addHoliday, createDraw, namedFields, releaseSlots, runDraw, type Schedule } from './planning-api';
import { berlinDay, formatCalendarDay } from './planning-format';
import { SelectField } from './SelectField';

type Titles = ReadonlyMap<string, string>;

function ActionForm({ summary, submitLabel, busy, error, done, onSubmit, children }: {
  summary: string; submitLabel: string; busy: boolean; error: unknown; done: string | null; onSubmit: () => Promise<void>; children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <details className="planning-action">
      <summary>{summary}</summary>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorAlert error={error} />
        <StatusMessage message={done} />
        {children}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>{submitLabel}</button>
        </div>
      </form>
    </details>
  );
}

export function HolidayForm({ schedule, onChanged }: { schedule: Schedule; onChanged: (schedule: Schedule) => void }) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState('');
  const [label, setLabel] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission();
  const fields = namedFields(submission.error);
  return (
    <ActionForm summary={t('appointments.planning.holidayAction')} submitLabel={t('appointments.planning.holidaySubmit')} busy={submission.busy} error={submission.error} done={done}
      onSubmit={() => submission.run(async () => {
        setDone(null);
        onChanged(await addHoliday(schedule.id, { day, ...(label.trim() && { label: label.trim() }) }));
        setDone(t('appointments.planning.holidayAdded', { day: formatCalendarDay(day, i18n.language) }));
        setDay('');
        setLabel('');
      })}>
      <TextField label={t('appointments.planning.holidayDay')} type="date" value={day} onChange={setDay} hint={t('appointments.planning.holidayHint')}
        error={fields.has('day') ? t('appointments.planning.errors.day') : null} />
      <TextField label={t('appointments.planning.holidayLabel')} value={label} onChange={setLabel} maxLength={200} autoComplete="off" />
    </ActionForm>
  );
}

export function ReleaseForm({ schedule, titles, onReleased }: { schedule: Schedule; titles: Titles; onReleased: () => void }) {
  const { t, i18n } = useTranslation();
  const [concernId, setConcernId] = useState(schedule.concerns[0]?.concernId ?? '');
  const [fromDay, setFromDay] = useState(() => berlinDay(1));
  const [toDay, setToDay] = useState(() => berlinDay(14));
  const [drawId, setDrawId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission();
  const fields = namedFields(submission.error);
  const overlap = submission.error instanceof ApiError && submission.error.code === 'APPOINTMENT_SLOTS_OVERLAP';
  const released = schedule.releases.find((r) => r.concernId === concernId);
  const draws = schedule.draws.filter((d) => d.concernId === concernId && d.status === 'collecting');
  const dayError = (name: string) => (fields.has(name) ? t('appointments.planning.errors.day') : overlap ? t('appointments.planning.errors.overlapDays') : null);
  return (
    <ActionForm summary={t('appointments.planning.releaseAction')} submitLabel={t('appointments.planning.releaseSubmit')} busy={submission.busy} error={submission.error} done={done}
      onSubmit={() => submission.run(async () => {
        setDone(null);
        const result = await releaseSlots(schedule.id, { concernId, fromDay, toDay, ...(drawId && { drawId }) });
        setDone(drawId
          ? t('appointments.planning.releasedForDraw', { created: formatNumber(result.created, i18n.language) })
          : t('appointments.planning.released', { created: formatNumber(result.created, i18n.language), online: formatNumber(result.online, i18n.language) }));
        onReleased();
      })}>
      <SelectField label={t('appointments.planning.concern')} value={concernId} onChange={(value) => { setConcernId(value); setDrawId(''); }}
        error={fields.has('concernId') ? t('appointments.planning.errors.concerns') : null}>
        {schedule.concerns.map((c) => <option key={c.concernId} value={c.concernId}>{titles.get(c.concernId) ?? t('appointments.planning.unknownConcern')}</option>)}
      </SelectField>
      <p className="hint">
        {released
          ? t('appointments.planning.releasedUntil', { day: formatCalendarDay(berlinDayOf(released.lastStartsAt), i18n.language) })
          : t('appointments.planning.nothingReleased')}
      </p>
      <div className="planning-numbers">
        <TextField label={t('appointments.planning.fromDay')} type="date" value={fromDay} onChange={setFromDay} error={dayError('fromDay')} />
        <TextField label={t('appointments.planning.toDay')} type="date" value={toDay} onChange={setToDay} error={dayError('toDay')} />
      </div>
      {draws.length > 0 && (
        <SelectField label={t('appointments.planning.releaseForDraw')} value={drawId} onChange={setDrawId} hint={t('appointments.planning.releaseForDrawHint')}>
          <option value="">{t('appointments.planning.noDraw')}</option>
          {draws.map((d) => <option key={d.id} value={d.id}>{t('appointments.planning.drawOption', { close: new Date(d.requestsCloseAt).toLocaleString(i18n.language) })}</option>)}
        </SelectField>
      )}
    </ActionForm>
  );
}

const berlinDayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));
/** A datetime-local value ("2030-03-01T08:00", the browser's own time zone) as an instant. */
const instantOf = (local: string) => {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
};

export function DrawForm({ schedule, titles, onCreated }: { schedule: Schedule; titles: Titles; onCreated: () => void }) {
  const { t } = useTranslation();
  const [concernId, setConcernId] = useState(schedule.concerns[0]?.concernId ?? '');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission();
  const fields = namedFields(submission.error);
  return (
    <ActionForm summary={t('appointments.planning.drawAction')} submitLabel={t('appointments.planning.drawSubmit')} busy={submission.busy} error={submission.error} done={done}
      onSubmit={() => submission.run(async () => {
        setDone(null);
        await createDraw({ scheduleId: schedule.id, concernId, requestsOpenAt: instantOf(opensAt), requestsCloseAt: instantOf(closesAt) });
        setDone(t('appointments.planning.drawCreated'));
        onCreated();
      })}>
      <p className="hint">{t('appointments.planning.drawHint')}</p>
      <SelectField label={t('appointments.planning.concern')} value={concernId} onChange={setConcernId}>
        {schedule.concerns.map((c) => <option key={c.concernId} value={c.concernId}>{titles.get(c.concernId) ?? t('appointments.planning.unknownConcern')}</option>)}
      </SelectField>
      <TextField label={t('appointments.planning.requestsOpenAt')} type="datetime-local" value={opensAt} onChange={setOpensAt}
        error={fields.has('requestsOpenAt') ? t('appointments.planning.errors.moment') : null} />
      <TextField label={t('appointments.planning.requestsCloseAt')} type="datetime-local" value={closesAt} onChange={setClosesAt}
        error={fields.has('requestsCloseAt') ? t('appointments.planning.errors.closeAfterOpen') : null} />
    </ActionForm>
  );
}

/** Runs a draw whose requests have closed; the parent shows the outcome (the draw's row stays while the list reloads). */
export function RunDrawButton({ drawId, label, onRun }: { drawId: string; label: string; onRun: (outcome: string) => void }) {
  const { t, i18n } = useTranslation();
  const submission = useSubmission();
  return (
    <>
      <button type="button" className="button button-secondary button-small" disabled={submission.busy}
        onClick={() => void submission.run(async () => {
          const result = await runDraw(drawId);
          onRun(t('appointments.planning.drawRun', {
            requests: formatNumber(result.verifiedRequests, i18n.language), slots: formatNumber(result.slots, i18n.language), winners: formatNumber(result.winners, i18n.language),
          }));
        })}>
        {t('appointments.planning.runDraw')}<span className="visually-hidden"> ({label})</span>
      </button>
      <ErrorAlert error={submission.error} />
    </>
  );
}
