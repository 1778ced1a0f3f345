// The BPMN editor (bpmn-js Modeler) for one process. Saving writes the model
// as the next version with a change note; if someone else saved in between,
// the server refuses (PROCESS_VERSION_CONFLICT) and nothing is lost here.
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { useSubmission } from '../ui/useSubmission';
import { loadModel, loadProcess, saveModel } from './api';
import { BpmnModeler, type XmlSource } from './bpmn/BpmnModeler';
import { emptyDiagram } from './bpmn/emptyDiagram';
import { processPath } from './paths';

async function loadForEditing(id: string, signal: AbortSignal) {
  const process = await loadProcess(id, signal);
  if (!process.hasModel) return { process, xml: emptyDiagram(process.title) };
  const model = await loadModel(id, null, signal);
  return { process, xml: model.xml };
}

export function ProcessEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useLoad((signal) => loadForEditing(id, signal), [id]);
  const source = useRef<XmlSource | null>(null);
  const [changeNote, setChangeNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [notReady, setNotReady] = useState(false);
  const submission = useSubmission();
  usePageTitle(t('processes.editor.title', { title: loaded.data?.process.title ?? '' }));
  const onReady = useCallback((ready: XmlSource | null) => {
    source.current = ready;
  }, []);

  if (loaded.loading) return <p role="status">{t('common.loading')}</p>;
  if (!loaded.data) {
    return (
      <>
        <PageHeading>{t('processes.editor.title', { title: '' })}</PageHeading>
        <ErrorAlert error={loaded.error} />
      </>
    );
  }
  const { process, xml } = loaded.data;

  const save = (event: FormEvent) => {
    event.preventDefault();
    setNoteError(null);
    if (changeNote.trim() === '') {
      setNoteError(t('processes.changeNoteRequired'));
      return;
    }
    const currentXml = source.current;
    setNotReady(currentXml === null);
    if (currentXml === null) return;
    void submission.run(async () => {
      const saved = await saveModel(process.id, { xml: await currentXml(), baseVersion: process.currentVersion, changeNote: changeNote.trim() });
      navigate(processPath(process.id), { state: { savedVersion: saved.version } });
    });
  };

  return (
    <>
      <p>
        <Link to={processPath(process.id)}>{t('processes.editor.back', { title: process.title })}</Link>
      </p>
      <PageHeading>{t('processes.editor.title', { title: process.title })}</PageHeading>
      {!process.canEdit ? <p className="alert alert-warning">{t('processes.editor.readOnly')}</p> : null}
      <BpmnModeler xml={xml} label={t('processes.editor.canvasLabel', { title: process.title })} onReady={onReady} />
      <form onSubmit={save} noValidate className="form">
        <ErrorAlert error={submission.error} />
        {notReady ? (
          <p role="alert" className="alert alert-error">
            {t('processes.editor.notReady')}
          </p>
        ) : null}
        <TextField
          label={t('processes.fields.changeNote')}
          hint={t('processes.fields.changeNoteHint')}
          value={changeNote}
          onChange={setChangeNote}
          error={noteError}
          required
          maxLength={2000}
        />
        <div className="form-actions">
          <SubmitButton busy={submission.busy}>{t('processes.editor.save')}</SubmitButton>
          <Link className="button button-secondary" to={processPath(process.id)}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
