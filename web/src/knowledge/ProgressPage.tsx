// For unit leads: the onboarding paths and, for the chosen one, how far each
// newcomer of the lead's units has come. Opening the progress is audited.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { listPaths, pathProgress } from './api';
import { AssignForm, NewPathForm } from './ManagePaths';
import { knowledgePaths } from './paths';
import './knowledge.css';

function PathProgress({ pathId }: { pathId: string }) {
  const { t } = useTranslation();
  const progress = useLoad((signal) => pathProgress(pathId, signal), [pathId]);
  if (progress.loading && !progress.data) return <p role="status">{t('common.loading')}</p>;
  if (!progress.data) return <ErrorAlert error={progress.error} />;
  const { path, newcomers } = progress.data;
  return (
    <section aria-labelledby="knowledge-progress-path">
      <h2 id="knowledge-progress-path">{path.title}</h2>
      {newcomers.length === 0 ? (
        <p>{t('knowledge.progress.nobody')}</p>
      ) : (
        <div className="table-region" role="region" aria-labelledby="knowledge-progress-path" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('knowledge.progress.person')}</th>
                <th scope="col">{t('knowledge.progress.done')}</th>
                <th scope="col">{t('knowledge.progress.open')}</th>
              </tr>
            </thead>
            <tbody>
              {newcomers.map((row) => (
                <tr key={row.staffId}>
                  <th scope="row">{row.displayName}</th>
                  <td>{t('knowledge.onboarding.doneOf', { done: row.done, total: row.total })}</td>
                  <td>
                    {row.steps.filter((step) => step.state !== 'confirmed').map((step) => `${step.title} (${t(`knowledge.onboarding.state.${step.state}`)})`).join(', ') || t('knowledge.progress.complete')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ProgressPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.progress.title'));
  const paths = useLoad((signal) => listPaths(signal), []);
  const [chosen, setChosen] = useState('');

  return (
    <>
      <p><Link to={knowledgePaths.home}>{t('knowledge.back')}</Link></p>
      <PageHeading>{t('knowledge.progress.title')}</PageHeading>
      <ErrorAlert error={paths.error} />
      {paths.loading && !paths.data ? <p role="status">{t('common.loading')}</p> : null}
      {paths.data && paths.data.items.length === 0 ? <p>{t('knowledge.progress.noPaths')}</p> : null}
      {paths.data && paths.data.items.length > 0 ? (
        <div className="field">
          <label htmlFor="knowledge-path-choice">{t('knowledge.progress.choose')}</label>
          <select id="knowledge-path-choice" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('common.pleaseChoose')}</option>
            {paths.data.items.map((path) => (
              <option key={path.id} value={path.id}>{t('knowledge.progress.pathOption', { title: path.title, steps: path.steps })}</option>
            ))}
          </select>
        </div>
      ) : null}
      {chosen ? <PathProgress pathId={chosen} /> : null}
      {paths.data && paths.data.items.length > 0 ? <AssignForm paths={paths.data.items} /> : null}
      <NewPathForm onCreated={paths.reload} />
    </>
  );
}
