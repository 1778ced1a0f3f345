// The version history of a process: every change with its note and author;
// versions with a model can be shown and exported.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../ui/TableRegion';
import { exportUrl, type ProcessDetail } from './api';

export function VersionHistory({ process, shownVersion, onShow }: { process: ProcessDetail; shownVersion: number; onShow: (version: number) => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="section">
      <h2 id={headingId}>{t('processes.versions.heading')}</h2>
      <TableRegion labelledBy={headingId}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('processes.versions.version')}</th>
              <th scope="col">{t('processes.versions.date')}</th>
              <th scope="col">{t('processes.versions.author')}</th>
              <th scope="col">{t('processes.versions.changeNote')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {process.versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{date(version.createdAt)}</td>
                <td>{version.createdBy ?? t('processes.versions.system')}</td>
                <td>{version.changeNote}</td>
                <td>
                  {version.hasModel ? (
                    <div className="row-actions">
                      <button type="button" className="button button-secondary button-small" aria-pressed={version.version === shownVersion} onClick={() => onShow(version.version)}>
                        {t('processes.versions.show', { version: version.version })}
                      </button>
                      <a className="button button-secondary button-small" href={exportUrl(process.id, version.version)} download>
                        {t('processes.versions.export', { version: version.version })}
                      </a>
                    </div>
                  ) : (
                    <span className="hint">{t('processes.versions.noModel')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
