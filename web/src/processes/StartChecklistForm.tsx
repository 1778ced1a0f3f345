// Starting a process of the process map as a checklist on a case file: pick a
// process with a model, see the tasks it will create, pick the section.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../cases/fields';
import { ErrorAlert } from '../ui/Alerts';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { useSubmission } from '../ui/useSubmission';
import { loadChecklist, loadProcessMap, startChecklist, type StartedChecklist } from './api';

interface Props {
  caseId: string;
  /** The sections the caller may write: only there can a checklist start. */
  sections: Array<{ type: string; label: string }>;
  onStarted: (started: StartedChecklist) => void;
  onCancel: () => void;
}

export function StartChecklistForm({ caseId, sections, onStarted, onCancel }: Props) {
  const { t } = useTranslation();
  const map = useLoad((signal) => loadProcessMap(signal), []);
  const [processId, setProcessId] = useState('');
  const [sectionType, setSectionType] = useState(sections[0]?.type ?? '');
  const [dueDate, setDueDate] = useState('');
  const [missing, setMissing] = useState(false);
  const preview = useLoad((signal) => (processId ? loadChecklist(processId, signal) : Promise.resolve(null)), [processId]);
  const { busy, error, run } = useSubmission();
  const groups = (map.data ?? []).map((group) => ({ ...group, processes: group.processes.filter((process) => process.hasModel) })).filter((group) => group.processes.length > 0);

  return (
    <FormSection heading={t('processes.checklistStart.title')} focusHeading error={error} busy={busy} submitLabel={t('processes.checklistStart.start')} onCancel={onCancel}
      onSubmit={() => (processId ? run(async () => onStarted(await startChecklist(caseId, { processId, sectionType, ...(dueDate && { dueDate }) }))) : setMissing(true))}>
      <ErrorAlert error={missing && !processId ? t('processes.checklistStart.processRequired') : null} />
      <ErrorAlert error={map.error} />
      {map.loading ? <p role="status">{t('common.loading')}</p> : null}
      {map.data && groups.length === 0 ? <p>{t('processes.checklistStart.noModels')}</p> : null}
      {groups.length > 0 ? (
        <SelectField label={t('processes.checklistStart.process')} value={processId} onChange={setProcessId} hint={t('processes.checklistStart.processHint')}>
          <option value="">{t('common.pleaseChoose')}</option>
          {groups.map((group) => (
            <optgroup key={group.id} label={group.name}>
              {group.processes.map((process) => <option key={process.id} value={process.id}>{process.title}</option>)}
            </optgroup>
          ))}
        </SelectField>
      ) : null}
      {processId && preview.loading ? <p role="status">{t('processes.checklistStart.loadingPreview')}</p> : null}
      <ErrorAlert error={preview.error} />
      {preview.data ? (
        <div className="checklist-preview">
          <p>{t('processes.checklistStart.preview', { count: preview.data.length })}</p>
          <ol>{preview.data.map((item) => <li key={item.elementId} dir="auto">{item.title}{item.condition ? <span className="hint"> ({item.condition})</span> : null}</li>)}</ol>
        </div>
      ) : null}
      <SelectField label={t('processes.checklistStart.section')} value={sectionType} onChange={setSectionType} hint={t('processes.checklistStart.assigneeHint')}>
        {sections.map((section) => <option key={section.type} value={section.type}>{section.label}</option>)}
      </SelectField>
      <TextField label={t('processes.checklistStart.due')} type="date" value={dueDate} onChange={setDueDate} />
    </FormSection>
  );
}
