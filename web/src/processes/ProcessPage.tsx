// One process: what it is, who owns it, its BPMN model with checklist, its
// links and its version history. Owners edit it here and open the editor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { exportUrl, loadProcess } from './api';
import { ImportModel } from './ImportModel';
import { LinksForm } from './LinksForm';
import { MetadataForm } from './MetadataForm';
import { ModelSection } from './ModelSection';
import { ownerName } from './ownerLabel';
import { editorPath, knowledgeArticlePath, processPaths } from './paths';
import { VersionHistory } from './VersionHistory';
import './processes.css';

type Editing = 'none' | 'metadata' | 'links';

export function ProcessPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const process = useLoad((signal) => loadProcess(id, signal), [id]);
  // The editor comes back here after saving and says which version it wrote.
  const savedVersion = (useLocation().state as { savedVersion?: number } | null)?.savedVersion;
  const [status, setStatus] = useState<string | null>(savedVersion ? t('processes.process.saved', { version: savedVersion }) : null);
  const [editing, setEditing] = useState<Editing>('none');
  const [shownVersion, setShownVersion] = useState<number | null>(null);
  usePageTitle(process.data?.title ?? t('processes.process.title'));

  if (process.loading && !process.data) return <p role="status">{t('common.loading')}</p>;
  if (!process.data) {
    return (
      <>
        <PageHeading>{t('processes.process.title')}</PageHeading>
        <ErrorAlert error={process.error} />
        <p>
          <Link to={processPaths.map}>{t('processes.backToMap')}</Link>
        </p>
      </>
    );
  }

  const data = process.data;
  const changed = (message: string) => {
    setEditing('none');
    setShownVersion(null);
    setStatus(message);
    process.reload();
  };
  const currentModelVersion = data.versions.find((version) => version.version === data.currentVersion)?.hasModel ? data.currentVersion : null;
  const versionShown = shownVersion ?? currentModelVersion;
  const showVersion = (version: number) => {
    setShownVersion(version);
    requestAnimationFrame(() => document.getElementById('process-model-heading')?.focus());
  };

  return (
    <>
      <p>
        <Link to={processPaths.map}>{t('processes.backToMap')}</Link>
      </p>
      <PageHeading>{data.title}</PageHeading>
      <StatusMessage message={status} />
      <dl className="facts">
        <div>
          <dt>{t('processes.fields.group')}</dt>
          <dd>{data.group.name}</dd>
        </div>
        <div>
          <dt>{t('processes.fields.owner')}</dt>
          <dd>{ownerName(t, data.owner)}</dd>
        </div>
        <div>
          <dt>{t('processes.fields.version')}</dt>
          <dd>{t('processes.process.versionOf', { version: data.currentVersion, date: new Date(data.updatedAt).toLocaleDateString(i18n.language) })}</dd>
        </div>
      </dl>
      {data.description ? <p>{data.description}</p> : null}

      <div className="form-actions">
        {data.canEdit ? (
          <Link className="button button-primary" to={editorPath(data.id)}>
            {data.hasModel ? t('processes.process.editModel') : t('processes.process.createModel')}
          </Link>
        ) : null}
        {data.hasModel ? (
          <a className="button button-secondary" href={exportUrl(data.id)} download>
            {t('processes.process.export')}
          </a>
        ) : null}
        {data.canEdit && editing === 'none' ? (
          <>
            <button type="button" className="button button-secondary" onClick={() => setEditing('metadata')}>
              {t('processes.process.editMetadata')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing('links')}>
              {t('processes.process.editLinks')}
            </button>
          </>
        ) : null}
      </div>

      {editing === 'metadata' ? (
        <MetadataForm process={data} onSaved={(version) => changed(t('processes.process.saved', { version }))} onCancel={() => setEditing('none')} />
      ) : null}
      {editing === 'links' ? <LinksForm process={data} onSaved={() => changed(t('processes.links.saved'))} onCancel={() => setEditing('none')} /> : null}

      {versionShown !== null ? (
        <ModelSection process={data} version={versionShown} />
      ) : (
        <section className="section">
          <h2>{t('processes.model.headingCurrent')}</h2>
          <p className="empty">{t('processes.model.none')}</p>
        </section>
      )}

      {data.canEdit ? (
        <section className="section">
          <h2>{t('processes.import.heading')}</h2>
          <p className="hint">{t('processes.import.intro')}</p>
          <ImportModel processId={data.id} baseVersion={data.currentVersion} onImported={(version) => changed(t('processes.import.done', { version }))} />
        </section>
      ) : null}

      <section className="section">
        <h2>{t('processes.links.heading')}</h2>
        <h3>{t('processes.links.concerns')}</h3>
        {data.concerns.length === 0 ? (
          <p className="empty">{t('processes.links.noneLinked')}</p>
        ) : (
          <ul>
            {data.concerns.map((concern) => (
              <li key={concern.id}>{concern.title}</li>
            ))}
          </ul>
        )}
        <h3>{t('processes.links.articles')}</h3>
        {data.articles.length === 0 ? (
          <p className="empty">{t('processes.links.noneLinked')}</p>
        ) : (
          <ul>
            {data.articles.map((article) => (
              <li key={article.id}>
                <Link to={knowledgeArticlePath(article.id)}>{article.title}</Link>
                {article.fromArticle ? <span className="hint"> ({t('processes.links.fromArticle')})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <VersionHistory process={data} shownVersion={versionShown ?? 0} onShow={showVersion} />
    </>
  );
}
