// All versions of an article with their validity and workflow state; for
// editors the buttons of the review workflow (draft → review → published).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { moveVersion, type VersionSummary } from './api';

interface Props {
  versions: VersionSummary[];
  canEdit: boolean;
  onChanged: (message: string) => void;
  onEditDraft: (versionId: string) => void;
}

export function VersionHistory({ versions, canEdit, onChanged, onEditDraft }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const move = async (version: VersionSummary, transition: 'submit' | 'return' | 'publish') => {
    setBusy(version.id);
    setError(null);
    try {
      await moveVersion(version.id, transition);
      onChanged(t(`knowledge.workflow.done.${transition}`, { number: version.number }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="knowledge-history">
      <h2 id="knowledge-history">{t('knowledge.article.history')}</h2>
      <ErrorAlert error={error} />
      <div className="table-region" role="region" aria-labelledby="knowledge-history" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('knowledge.article.version')}</th>
              <th scope="col">{t('knowledge.article.validity')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col">{t('knowledge.editor.changeNote')}</th>
              {canEdit ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">{version.number}</th>
                <td>{version.validUntil ? t('knowledge.article.fromUntil', { from: version.validFrom, until: version.validUntil }) : t('knowledge.article.from', { from: version.validFrom })}</td>
                <td>{t(`knowledge.status.${version.status}`)}</td>
                <td>{version.changeNote}</td>
                {canEdit ? (
                  <td className="knowledge-actions">
                    {version.status === 'draft' ? (
                      <>
                        <button type="button" className="button button-secondary" onClick={() => onEditDraft(version.id)}>{t('common.edit')}</button>
                        <button type="button" className="button button-secondary" disabled={busy === version.id} onClick={() => void move(version, 'submit')}>{t('knowledge.workflow.submit')}</button>
                      </>
                    ) : null}
                    {version.status === 'review' ? (
                      <>
                        <button type="button" className="button button-primary" disabled={busy === version.id} onClick={() => void move(version, 'publish')}>{t('knowledge.workflow.publish')}</button>
                        <button type="button" className="button button-secondary" disabled={busy === version.id} onClick={() => void move(version, 'return')}>{t('knowledge.workflow.return')}</button>
                      </>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
