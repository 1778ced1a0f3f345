// "My onboarding path": the steps a new colleague works through, each with
// a link to read it and a button to confirm it as read.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { confirmStep, myPaths, type MyPath, type StepProgress } from './api';
import { articlePath, knowledgePaths } from './paths';
import './knowledge.css';

const stepPath = (step: StepProgress) => (step.kind === 'article' ? articlePath(step.id) : `/prozesse/${encodeURIComponent(step.id)}`);

export function MyOnboardingPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.onboarding.myTitle'));
  const paths = useLoad((signal) => myPaths(signal), []);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const confirm = async (path: MyPath, step: StepProgress) => {
    setBusy(`${path.id}:${step.position}`);
    setError(null);
    try {
      const updated = await confirmStep(path.id, step.position);
      paths.setData((current) => current && { items: current.items.map((item) => (item.id === updated.id ? updated : item)) });
      setStatus(t('knowledge.onboarding.confirmed', { title: step.title }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <p><Link to={knowledgePaths.home}>{t('knowledge.back')}</Link></p>
      <PageHeading>{t('knowledge.onboarding.myTitle')}</PageHeading>
      <StatusMessage message={status} />
      <ErrorAlert error={error ?? paths.error} />
      {paths.loading && !paths.data ? <p role="status">{t('common.loading')}</p> : null}
      {paths.data && paths.data.items.length === 0 ? <p>{t('knowledge.onboarding.none')}</p> : null}
      {paths.data?.items.map((path) => (
        <section key={path.id} aria-labelledby={`path-${path.id}`} className="knowledge-path">
          <h2 id={`path-${path.id}`}>{path.title}</h2>
          {path.description ? <p>{path.description}</p> : null}
          <p>
            <progress max={path.steps.length} value={path.done} aria-label={t('knowledge.onboarding.progressLabel', { title: path.title })} />{' '}
            {t('knowledge.onboarding.doneOf', { done: path.done, total: path.steps.length })}
          </p>
          <ol className="knowledge-steps">
            {path.steps.map((step) => (
              <li key={step.position} className={`knowledge-step is-${step.state}`}>
                <span className="badge">{t(`knowledge.kind.${step.kind}`)}</span> <Link to={stepPath(step)}>{step.title}</Link>{' '}
                <span className="knowledge-step-state">{t(`knowledge.onboarding.state.${step.state}`)}</span>
                {step.state !== 'confirmed' ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy === `${path.id}:${step.position}`}
                    onClick={() => void confirm(path, step)}
                    aria-label={t('knowledge.onboarding.confirmStep', { title: step.title })}
                  >
                    {t('knowledge.onboarding.confirm')}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
