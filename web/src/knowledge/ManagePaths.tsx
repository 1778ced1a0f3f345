// For unit leads: build a new onboarding path from articles and processes
// (in the order they are ticked) and assign a path to a colleague of their units.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadProcessMap } from '../processes/api';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { assignPath, createPath, listArticles, onboardingCandidates, type PathListItem } from './api';

type Step = { kind: 'article' | 'process'; id: string };

export function NewPathForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const articles = useLoad((signal) => listArticles(signal), []);
  const processes = useLoad(async (signal) => (await loadProcessMap(signal)).flatMap((group) => group.processes.map((process) => ({ id: process.id, title: process.title, group: group.name }))), []);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<Step[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  const positionOf = (step: Step) => chosen.findIndex((item) => item.kind === step.kind && item.id === step.id);
  const toggle = (step: Step, on: boolean) =>
    setChosen((current) => (on ? [...current, step] : current.filter((item) => !(item.kind === step.kind && item.id === step.id))));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await createPath({ title: title.trim(), description, steps: chosen });
      setStatus(t('knowledge.manage.created', { title: title.trim() }));
      setTitle('');
      setDescription('');
      setChosen([]);
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const choice = (step: Step, label: string, detail?: string) => {
    const position = positionOf(step);
    return (
      <li key={`${step.kind}-${step.id}`}>
        <label>
          <input type="checkbox" checked={position >= 0} onChange={(event) => toggle(step, event.target.checked)} /> {label}
          {detail ? <span className="hint"> · {detail}</span> : null}
          {position >= 0 ? <span className="badge"> {t('knowledge.manage.position', { position: position + 1 })}</span> : null}
        </label>
      </li>
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('knowledge.manage.newPath')}</h2>
      <StatusMessage message={status} />
      <form onSubmit={(event) => void submit(event)} className="form">
        <TextField label={t('knowledge.manage.title')} value={title} onChange={setTitle} required maxLength={300} />
        <TextField label={t('knowledge.manage.description')} value={description} onChange={setDescription} maxLength={5000} />
        <fieldset>
          <legend>{t('knowledge.manage.steps')}</legend>
          <p className="hint">{t('knowledge.manage.stepsHint')}</p>
          <h3>{t('knowledge.manage.stepArticles')}</h3>
          <ErrorAlert error={articles.error} />
          {articles.loading ? <p role="status">{t('common.loading')}</p> : null}
          <ul className="knowledge-choices">
            {articles.data?.items.map((article) => choice({ kind: 'article', id: article.id }, article.title))}
          </ul>
          <h3>{t('knowledge.manage.stepProcesses')}</h3>
          <ErrorAlert error={processes.error} />
          {processes.loading ? <p role="status">{t('common.loading')}</p> : null}
          <ul className="knowledge-choices">
            {processes.data?.map((process) => choice({ kind: 'process', id: process.id }, process.title, process.group))}
          </ul>
        </fieldset>
        <ErrorAlert error={error} />
        <SubmitButton busy={busy}>{t('knowledge.manage.create')}</SubmitButton>
      </form>
    </section>
  );
}

export function AssignForm({ paths }: { paths: PathListItem[] }) {
  const { t } = useTranslation();
  const id = useId();
  const candidates = useLoad((signal) => onboardingCandidates(signal), []);
  const [pathId, setPathId] = useState('');
  const [staffId, setStaffId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await assignPath(pathId, staffId);
      const person = candidates.data?.items.find((item) => item.id === staffId)?.displayName ?? '';
      setStatus(t('knowledge.manage.assigned', { person, title: paths.find((path) => path.id === pathId)?.title ?? '' }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('knowledge.manage.assign')}</h2>
      <StatusMessage message={status} />
      <form onSubmit={(event) => void submit(event)} className="form">
        <div className="field">
          <label htmlFor={`${id}-path`}>{t('knowledge.manage.pathToAssign')}</label>
          <select id={`${id}-path`} value={pathId} required onChange={(event) => setPathId(event.target.value)}>
            <option value="">{t('common.pleaseChoose')}</option>
            {paths.map((path) => <option key={path.id} value={path.id}>{path.title}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('knowledge.manage.person')}</label>
          <select id={`${id}-person`} value={staffId} required onChange={(event) => setStaffId(event.target.value)}>
            <option value="">{t('common.pleaseChoose')}</option>
            {candidates.data?.items.map((person) => <option key={person.id} value={person.id}>{person.displayName}</option>)}
          </select>
        </div>
        <ErrorAlert error={error ?? candidates.error} />
        <SubmitButton busy={busy}>{t('knowledge.manage.assignSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
