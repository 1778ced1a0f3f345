// One article: the version valid today or on a chosen day, the change ahead,
// its legal references and links, the history with the review workflow, and
// (for editors) new versions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { hasAnyRole, useSession } from '../auth/SessionContext';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { loadArticle } from './api';
import { KNOWLEDGE_EDITOR_ROLES, knowledgePaths } from './paths';
import { VersionForm } from './VersionForm';
import { VersionHistory } from './VersionHistory';
import './knowledge.css';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'draft'; id: string };

export function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const canEdit = hasAnyRole(session, KNOWLEDGE_EDITOR_ROLES);
  const [asOf, setAsOf] = useState('');
  const article = useLoad((signal) => loadArticle(id, asOf || null, signal), [id, asOf]);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  usePageTitle(article.data?.title ?? t('knowledge.article.title'));

  if (article.loading && !article.data) return <p role="status">{t('common.loading')}</p>;
  if (!article.data) {
    return (
      <>
        <PageHeading>{t('knowledge.article.title')}</PageHeading>
        <ErrorAlert error={article.error} />
        <p><Link to={knowledgePaths.home}>{t('knowledge.back')}</Link></p>
      </>
    );
  }
  const data = article.data;
  const next = data.upcoming[0];
  const changed = (message: string) => {
    setEditing({ kind: 'none' });
    setStatus(message);
    article.reload();
  };

  return (
    <>
      <p><Link to={knowledgePaths.home}>{t('knowledge.back')}</Link></p>
      <PageHeading>{data.current?.title ?? data.title}</PageHeading>
      <StatusMessage message={status} />
      <div className="field knowledge-asof">
        <label htmlFor="knowledge-asof">{t('knowledge.article.asOf')}</label>
        <input id="knowledge-asof" type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
      </div>
      <p>{t('knowledge.article.shownAsOf', { date: data.asOf })}</p>
      {next ? (
        <div className="alert alert-warning" role="note">
          <strong>{t('knowledge.article.upcoming', { date: next.validFrom })}</strong> {next.changeNote}
        </div>
      ) : null}
      {data.reviewOverdue ? <p className="alert alert-warning">{t('knowledge.article.reviewOverdue', { date: data.reviewBy })}</p> : null}
      {data.current ? (
        <article className="knowledge-body" aria-label={t('knowledge.article.text')}>
          <p className="hint">
            {data.current.validUntil
              ? t('knowledge.article.fromUntil', { from: data.current.validFrom, until: data.current.validUntil })
              : t('knowledge.article.from', { from: data.current.validFrom })}
          </p>
          {/* Rendered and sanitised by the server (markdown-it without raw HTML + sanitize-html allow-list). */}
          <div dangerouslySetInnerHTML={{ __html: data.current.bodyHtml }} />
        </article>
      ) : (
        <p className="alert alert-info">{t('knowledge.article.noneValid')}</p>
      )}
      <dl className="facts">
        <div><dt>{t('knowledge.article.legalRefs')}</dt><dd>{data.legalRefs.join(', ') || '–'}</dd></div>
        <div><dt>{t('knowledge.article.tags')}</dt><dd>{data.tags.join(', ') || '–'}</dd></div>
        <div><dt>{t('knowledge.article.unit')}</dt><dd>{data.owningUnit?.name ?? '–'}</dd></div>
        <div><dt>{t('knowledge.article.owner')}</dt><dd>{data.owner?.displayName ?? '–'}</dd></div>
        <div><dt>{t('knowledge.article.reviewBy')}</dt><dd>{data.reviewBy ?? '–'}</dd></div>
        <div><dt>{t('knowledge.article.concerns')}</dt><dd>{data.concerns.map((concern) => concern.title).join(', ') || '–'}</dd></div>
        <div>
          <dt>{t('knowledge.article.processes')}</dt>
          <dd>
            {data.processes.length === 0 ? '–' : data.processes.map((process, index) => (
              <span key={process.id}>{index > 0 ? ', ' : ''}<Link to={`/prozesse/${encodeURIComponent(process.id)}`}>{process.title}</Link></span>
            ))}
          </dd>
        </div>
      </dl>
      <VersionHistory versions={data.versions} canEdit={canEdit} onChanged={changed} onEditDraft={(draftId) => setEditing({ kind: 'draft', id: draftId })} />
      {canEdit && editing.kind === 'none' ? (
        <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'new' })}>{t('knowledge.editor.newVersion')}</button>
      ) : null}
      {editing.kind !== 'none' ? (
        <VersionForm
          key={editing.kind === 'draft' ? editing.id : 'new'}
          articleId={data.id}
          articleTitle={data.title}
          draftId={editing.kind === 'draft' ? editing.id : null}
          onSaved={changed}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      ) : null}
    </>
  );
}
