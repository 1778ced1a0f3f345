// Audit entries, newest first, as the server sends them.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/types';
import { TableRegion } from '../ui/TableRegion';
import { ShortId } from './ShortId';

// The audit log is a legal record of a German authority: times are always
// shown in German format, whatever the interface language.
const timeFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'medium' });

export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

function hasDetails(details: unknown): boolean {
  if (details === null || details === undefined) return false;
  if (typeof details === 'object') return Object.keys(details).length > 0;
  return true;
}

export function AuditTable({ entries, labelledBy }: { entries: AuditEntry[]; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.seq')}</th>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.subject')}</th>
            <th scope="col">{t('audit.person')}</th>
            <th scope="col">{t('audit.purpose')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="cell-number">{entry.seq}</td>
              <td>
                <time dateTime={entry.at} dir="ltr">{formatAuditTime(entry.at)}</time>
              </td>
              <td>
                {entry.actorLabel ?? (entry.actorId ? '' : t('audit.system'))}
                {entry.actorId ? (
                  <span className="hint">
                    {' '}
                    <ShortId id={entry.actorId} />
                  </span>
                ) : null}
              </td>
              <td>
                <code dir="ltr">{entry.action}</code>
              </td>
              <td dir="ltr">
                {entry.subjectType ?? ''}
                {entry.subjectType && entry.subjectId ? ' ' : ''}
                {entry.subjectId ? <ShortId id={entry.subjectId} /> : null}
                {!entry.subjectType && !entry.subjectId ? '–' : ''}
              </td>
              <td dir="ltr">{entry.personId ? <ShortId id={entry.personId} /> : '–'}</td>
              <td>{entry.purpose ?? '–'}</td>
              <td className="cell-details">
                {hasDetails(entry.details) ? (
                  <details>
                    <summary>{t('audit.showDetails')}</summary>
                    <pre dir="ltr">{JSON.stringify(entry.details, null, 2)}</pre>
                  </details>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
