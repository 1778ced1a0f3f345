// The form for a new schedule: unit, location, opening hours, counters,
// online share, booking window, cool-down and the concerns with their slot
// lengths. The server checks everything; what it names is shown at the field.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, StatusMessage } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { OpeningHoursEditor, defaultHours, flatten, toIntervals, type HoursRow } from './OpeningHoursEditor';
import { createSchedule, namedFields, type PlanningData, type Schedule } from './planning-api';
import { SelectField } from './SelectField';

const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function ScheduleForm({ data, onCreated }: { data: PlanningData; onCreated: (schedule: Schedule) => void }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [unitId, setUnitId] = useState('');
  const [locationId, setLocationId] = useState('');
  const [hours, setHours] = useState<HoursRow[]>(defaultHours);
  const [counters, setCounters] = useState('2');
  const [onlinePercent, setOnlinePercent] = useState('50');
  const [bookingWindowDays, setBookingWindowDays] = useState('28');
  const [cooldownMinutes, setCooldownMinutes] = useState('30');
  /** Slot minutes per chosen concern. */
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [showAll, setShowAll] = useState(false);
  const [sentHours, setSentHours] = useState<HoursRow[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission();

  // Choices left empty are named at once; everything else the server checks.
  const [missing, setMissing] = useState<string[]>([]);
  const fields = new Map([...missing.map((name) => [name, 'invalid'] as const), ...namedFields(submission.error)]);
  const fieldError = (name: string, text: string) => (fields.has(name) ? text : null);
  const hourErrors = new Map<number, string>();
  sentHours.forEach((row, index) => {
    const kind = fields.get(`openingHours.${index}`);
    if (kind) hourErrors.set(row.key, kind === 'overlaps' ? t('appointments.planning.errors.overlaps') : t('appointments.planning.errors.interval'));
  });

  const activeUnits = data.units.filter((unit) => unit.active);
  const concerns = useMemo(() => {
    const active = data.concerns.filter((concern) => concern.active).sort((a, b) => a.title.localeCompare(b.title, 'de'));
    if (showAll || !unitId) return active;
    return active.filter((concern) => concern.responsibleUnitId === unitId || concern.id in chosen);
  }, [data.concerns, showAll, unitId, chosen]);
  const chosenIds = Object.keys(chosen);

  const submit = async () => {
    setDone(null);
    const empty = [!unitId && 'unitId', !locationId && 'locationId', Object.keys(chosen).length === 0 && 'concerns'].filter((name): name is string => Boolean(name));
    setMissing(empty);
    if (empty.length > 0) return;
    const sent = flatten(hours);
    setSentHours(sent);
    await submission.run(async () => {
      const schedule = await createSchedule({
        unitId, locationId, openingHours: toIntervals(sent), counters: toNumber(counters), onlinePercent: toNumber(onlinePercent),
        bookingWindowDays: toNumber(bookingWindowDays), cooldownMinutes: toNumber(cooldownMinutes),
        concerns: chosenIds.map((concernId) => ({ concernId, slotMinutes: toNumber(chosen[concernId] ?? '') })),
      });
      onCreated(schedule);
      setChosen({});
      setHours(defaultHours());
      setUnitId('');
      setLocationId('');
      setDone(t('appointments.planning.created'));
    });
  };

  const concernsError = fields.has('concerns') || chosenIds.some((_, index) => fields.has(`concerns.${index}`)) ? t('appointments.planning.errors.concerns') : null;
  return (
    <FormSection heading={t('appointments.planning.createHeading')} error={submission.error} busy={submission.busy} submitLabel={t('appointments.planning.create')} onSubmit={submit}
      aboveForm={<StatusMessage message={done} />}>
      <SelectField label={t('appointments.planning.unit')} value={unitId} onChange={setUnitId} error={fieldError('unitId', t('appointments.planning.errors.unit'))}>
        <option value="">{t('appointments.planning.choose')}</option>
        {activeUnits.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
      </SelectField>
      <SelectField label={t('appointments.planning.location')} value={locationId} onChange={setLocationId} error={fieldError('locationId', t('appointments.planning.errors.location'))}
        hint={data.locations.length === 0 ? t('appointments.planning.noLocations') : undefined}>
        <option value="">{t('appointments.planning.choose')}</option>
        {data.locations.map((location) => <option key={location.id} value={location.id}>{location.name}{location.address ? ` – ${location.address}` : ''}</option>)}
      </SelectField>
      <OpeningHoursEditor rows={hours} onChange={setHours} errors={hourErrors} idPrefix={`${idPrefix}-hours`} />
      {fields.has('openingHours') && <FieldError id={`${idPrefix}-hours-error`} message={t('appointments.planning.errors.interval')} />}
      <div className="planning-numbers">
        <TextField label={t('appointments.planning.counters')} type="number" inputMode="numeric" min={1} max={100} value={counters} onChange={setCounters}
          error={fieldError('counters', t('appointments.planning.errors.counters'))} />
        <TextField label={t('appointments.planning.onlinePercentLabel')} type="number" inputMode="numeric" min={0} max={100} value={onlinePercent} onChange={setOnlinePercent}
          hint={t('appointments.planning.onlinePercentHint')} error={fieldError('onlinePercent', t('appointments.planning.errors.onlinePercent'))} />
        <TextField label={t('appointments.planning.bookingWindowLabel')} type="number" inputMode="numeric" min={1} max={365} value={bookingWindowDays} onChange={setBookingWindowDays}
          hint={t('appointments.planning.bookingWindowHint')} error={fieldError('bookingWindowDays', t('appointments.planning.errors.bookingWindow'))} />
        <TextField label={t('appointments.planning.cooldownLabel')} type="number" inputMode="numeric" min={0} max={1440} value={cooldownMinutes} onChange={setCooldownMinutes}
          hint={t('appointments.planning.cooldownHint')} error={fieldError('cooldownMinutes', t('appointments.planning.errors.cooldown'))} />
      </div>
      <fieldset className="planning-concerns" aria-describedby={concernsError ? `${idPrefix}-concerns-error` : undefined}>
        <legend>{t('appointments.planning.concerns')}</legend>
        <p className="hint">{t('appointments.planning.concernsHint')}</p>
        <label className="checkbox">
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
          <span>{t('appointments.planning.showAllConcerns')}</span>
        </label>
        {concerns.length === 0 && <p className="empty">{unitId ? t('appointments.planning.noConcernsOfUnit') : t('appointments.planning.noConcerns')}</p>}
        <ul className="planning-concern-list">
          {concerns.map((concern) => {
            const checked = concern.id in chosen;
            const index = chosenIds.indexOf(concern.id);
            const minutesError = index >= 0 && fields.has(`concerns.${index}`) ? t('appointments.planning.errors.slotMinutes') : null;
            return (
              <li key={concern.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={checked} onChange={(event) => setChosen((current) => {
                    const next = { ...current };
                    if (event.target.checked) next[concern.id] = String(concern.durationMinutes ?? 30);
                    else delete next[concern.id];
                    return next;
                  })} />
                  <span>{concern.title}</span>
                </label>
                {checked && (
                  <TextField label={t('appointments.planning.slotMinutesFor', { concern: concern.title })} type="number" inputMode="numeric" min={5} max={480}
                    value={chosen[concern.id] ?? ''} onChange={(value) => setChosen((current) => ({ ...current, [concern.id]: value }))} error={minutesError} />
                )}
              </li>
            );
          })}
        </ul>
        <FieldError id={`${idPrefix}-concerns-error`} message={concernsError} />
      </fieldset>
    </FormSection>
  );
}
