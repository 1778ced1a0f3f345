// Import of a .bpmn file as the next version. The file is read in the
// browser, checked with bpmn-moddle (to name the first problem in words),
// then sent; the server checks it again and keeps it with the change note.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { saveModel } from './api';

// The server refuses larger models with PROCESS_BPMN_TOO_LARGE; saying so
// before the upload saves the wait.
const MAX_BYTES = 512 * 1024;

export function ImportModel({ processId, baseVersion, onImported }: { processId: string; baseVersion: number; onImported: (version: number) => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [changeNote, setChangeNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submission = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) return setProblem(t('processes.import.noFile'));
    if (file.size > MAX_BYTES) return setProblem(t('processes.import.tooLarge'));
    if (changeNote.trim() === '') return setProblem(t('processes.changeNoteRequired'));
    void submission.run(async () => {
      const xml = await file.text();
      const { firstProblem } = await import('./bpmn/check-chunk');
      const found = await firstProblem(xml);
      if (found) {
        setProblem(found.element ? t('processes.import.problemAt', { problem: found.problem, element: found.element }) : t('processes.import.problem', { problem: found.problem }));
        return;
      }
      const saved = await saveModel(processId, { xml, baseVersion, changeNote: changeNote.trim() });
      setFile(null);
      setChangeNote('');
      onImported(saved.version);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      <ErrorAlert error={submission.error} />
      <div className="field">
        <label htmlFor={fileId}>{t('processes.import.file')}</label>
        <input id={fileId} type="file" accept=".bpmn,.xml,application/xml,text/xml" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <TextField label={t('processes.fields.changeNote')} value={changeNote} onChange={setChangeNote} required maxLength={2000} />
      <div className="form-actions">
        <SubmitButton busy={submission.busy}>{t('processes.import.submit')}</SubmitButton>
      </div>
    </form>
  );
}
