// Tasks of the case: due date, assignee unit, tick off.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types';
import { StartChecklistForm } from '../processes/StartChecklistForm';
import { ErrorAlert } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type CaseSection } from './api';
import { SelectField } from './fields';

export function TasksPanel({ caseId, sections, units, version, onChanged }: { caseId: string; sections: CaseSection[]; units: Unit[]; version: number; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const tasks = useLoad((signal) => casesApi.tasks(caseId, signal), [caseId, version]);
  const writable = sections.filter((s) => s.write);
  const [adding, setAdding] = useState(false);
  const [startingChecklist, setStartingChecklist] = useState(false);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [sectionType, setSectionType] = useState(writable[0]?.type ?? '');
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const { busy, error, run } = useSubmission();
  const toggle = useSubmission();
  const unitName = new Map(units.map((u) => [u.id, u.name]));

  return (
    <section className="section" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('cases.task.title')}</h2>
      <ErrorAlert error={tasks.error ?? toggle.error} />
      {tasks.data && tasks.data.items.length === 0 ? <p>{t('cases.task.empty')}</p> : null}
      <ul className="case-task-list">
        {tasks.data?.items.map((task) => (
          <li key={task.id}>
            <span className={task.status === 'done' ? 'case-task-done' : undefined} dir="auto">{task.title}</span>
            {task.origin ? <span className="hint"> · {t('cases.task.fromChecklist')}</span> : null}
            {task.dueDate ? <span className="hint"> · {t('cases.task.dueOn', { date: task.dueDate })}</span> : null}
            {task.assigneeUnitId ? <span className="hint"> · {unitName.get(task.assigneeUnitId)}</span> : null}{' '}
            <button type="button" className="button button-secondary" disabled={toggle.busy}
              onClick={() => void toggle.run(async () => { await casesApi.setTask(task.id, task.status === 'done' ? 'open' : 'done'); tasks.reload(); })}>
              {task.status === 'done' ? t('cases.task.reopen') : t('cases.task.done')}
            </button>
          </li>
        ))}
      </ul>
      {writable.length > 0 && !adding && !startingChecklist ? (
        <div className="case-actions">
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>{t('cases.task.add')}</button>
          <button type="button" className="button button-secondary" onClick={() => setStartingChecklist(true)}>{t('cases.task.checklist')}</button>
        </div>
      ) : null}
      {startingChecklist ? (
        <StartChecklistForm caseId={caseId} sections={writable} onCancel={() => setStartingChecklist(false)}
          onStarted={(started) => {
            setStartingChecklist(false);
            tasks.reload();
            onChanged(t('processes.checklistStart.started', { title: started.processTitle, count: started.tasks.length }));
          }} />
      ) : null}
      {adding ? (
        <FormSection heading={t('cases.task.add')} focusHeading error={error} busy={busy} submitLabel={t('cases.task.add')} onCancel={() => setAdding(false)}
          onSubmit={() => run(async () => {
            await casesApi.addTask(caseId, { sectionType, title, assigneeUnitId: unitId, ...(dueDate && { dueDate }) });
            setAdding(false); setTitle(''); setDueDate(''); tasks.reload(); onChanged(t('cases.task.saved'));
          })}>
          <TextField label={t('cases.task.name')} value={title} onChange={setTitle} maxLength={300} />
          <SelectField label={t('cases.section')} value={sectionType} onChange={setSectionType}>
            {writable.map((s) => <option key={s.type} value={s.type}>{s.label}</option>)}
          </SelectField>
          <TextField label={t('cases.task.due')} type="date" value={dueDate} onChange={setDueDate} />
          <SelectField label={t('cases.task.assignee')} value={unitId} onChange={setUnitId}>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </SelectField>
        </FormSection>
      ) : null}
    </section>
  );
}
