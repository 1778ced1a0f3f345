// The case conferences of this file: who takes part, until when, the minutes,
// and the actions agreed there (each becomes a task of the case). Minutes and
// actions can be written while the conference runs; the server decides who
// takes part, so a reader who is not invited gets its clear error message.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types';
import { ErrorAlert } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type CaseSection, type Conference } from './api';
import { formatTime } from './days';
import { SelectField, TextAreaField } from './fields';

interface Props {
  caseId: string;
  sections: CaseSection[];
  units: Unit[];
  version: number;
  onSaved: (message: string) => void;
}

export function ConferencesPanel({ caseId, sections, units, version, onSaved }: Props) {
  const { t } = useTranslation();
  const conferences = useLoad((signal) => casesApi.conferences(caseId, signal), [caseId, version]);
  const sectionLabel = new Map(sections.map((s) => [s.type, s.label]));
  return (
    <section className="section" aria-labelledby="conferences-heading">
      <h2 id="conferences-heading">{t('cases.conferences.title')}</h2>
      {conferences.loading && !conferences.data ? <p role="status">{t('cases.conferences.loading')}</p> : null}
      <ErrorAlert error={conferences.error} />
      {conferences.data && conferences.data.items.length === 0 ? <p className="empty">{t('cases.conferences.empty')}</p> : null}
      <ul className="case-referrals">
        {conferences.data?.items.map((conference) => (
          <ConferenceCard key={conference.id} conference={conference} sectionLabel={(key) => sectionLabel.get(key) ?? key} units={units} onSaved={onSaved} />
        ))}
      </ul>
    </section>
  );
}

function ConferenceCard({ conference, sectionLabel, units, onSaved }: { conference: Conference; sectionLabel: (key: string) => string; units: Unit[]; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const headingId = `conference-${conference.id}`;
  const until = formatTime(conference.endsAt, i18n.language);
  return (
    <li className="card">
      <h3 id={headingId}><bdi dir="auto">{conference.title}</bdi></h3>
      <p>{conference.active ? t('cases.conferences.runsUntil', { time: until }) : t('cases.conferences.ended', { time: until })}</p>
      <p>{t('cases.conferences.sections')}: {conference.sectionTypes.map(sectionLabel).join(', ')}</p>
      <p>{t('cases.conferences.participants')}: {conference.participants.map((p, index) => <span key={p.unitId ?? p.staffId ?? index}>{index > 0 ? ', ' : ''}<bdi>{p.name}</bdi></span>)}</p>
      {conference.active ? <MinutesForm conference={conference} onSaved={onSaved} /> : (
        <>
          <h4>{t('cases.conferences.minutes')}</h4>
          {conference.minutes ? <p className="case-minutes" dir="auto">{conference.minutes}</p> : <p className="empty">{t('cases.conferences.noMinutes')}</p>}
        </>
      )}
      {conference.active && !adding ? (
        <div className="case-actions case-conference-actions">
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>{t('cases.conferences.addAction')}</button>
        </div>
      ) : null}
      {conference.active && adding ? (
        <ActionForm conferenceId={conference.id} units={units} onCancel={() => setAdding(false)} onSaved={(text) => { setAdding(false); onSaved(text); }} />
      ) : null}
    </li>
  );
}

function MinutesForm({ conference, onSaved }: { conference: Conference; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(conference.minutes);
  const { busy, error, run } = useSubmission();
  return (
    <form className="form" noValidate onSubmit={(event) => {
      event.preventDefault();
      void run(async () => { await casesApi.writeMinutes(conference.id, minutes); onSaved(t('cases.conferences.minutesSaved')); });
    }}>
      <ErrorAlert error={error} />
      <TextAreaField label={t('cases.conferences.minutesFor', { title: conference.title })} value={minutes} onChange={setMinutes} rows={6} maxLength={50000} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('common.saving') : t('cases.conferences.saveMinutes')}
        </button>
      </div>
    </form>
  );
}

function ActionForm({ conferenceId, units, onCancel, onSaved }: { conferenceId: string; units: Unit[]; onCancel: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [unitId, setUnitId] = useState('');
  const { busy, error, run } = useSubmission();
  return (
    <FormSection heading={t('cases.conferences.addAction')} focusHeading error={error} busy={busy} submitLabel={t('cases.conferences.saveAction')} onCancel={onCancel}
      onSubmit={() => run(async () => {
        await casesApi.addConferenceAction(conferenceId, { title, ...(dueDate && { dueDate }), ...(unitId && { assigneeUnitId: unitId }) });
        onSaved(t('cases.conferences.actionSaved'));
      })}>
      <TextField label={t('cases.conferences.actionTitle')} value={title} onChange={setTitle} maxLength={300} />
      <TextField label={t('cases.task.due')} type="date" value={dueDate} onChange={setDueDate} />
      <SelectField label={t('cases.task.assignee')} value={unitId} onChange={setUnitId}>
        <option value="">{t('cases.conferences.noAssignee')}</option>
        {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
      </SelectField>
    </FormSection>
  );
}
