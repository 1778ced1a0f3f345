// The table part of a list page: heading, the error of the last row action,
// and until there is a table to show, "loading", the error with a retry
// button, or the empty text. The table itself scrolls in a named region.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './Alerts';
import { TableRegion } from './TableRegion';
import type { LoadState } from './useLoad';

interface Props<T> {
  heading: string;
  rows: LoadState<T[]>;
  emptyText: string;
  actionError: unknown;
  children: (rows: T[]) => ReactNode;
}

export function TableSection<T>({ heading, rows, emptyText, actionError, children }: Props<T>) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="section">
      <h2 id={headingId}>{heading}</h2>
      <ErrorAlert error={actionError} />
      {rows.loading ? (
        <p role="status">{t('common.loading')}</p>
      ) : rows.error ? (
        <>
          <ErrorAlert error={rows.error} />
          <button type="button" className="button button-secondary" onClick={rows.reload}>
            {t('common.retry')}
          </button>
        </>
      ) : !rows.data || rows.data.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <TableRegion labelledBy={headingId}>{children(rows.data)}</TableRegion>
      )}
    </section>
  );
}
