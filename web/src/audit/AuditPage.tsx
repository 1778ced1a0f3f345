// Audit-Protokoll: who read or changed which personal data, when, and why.
// Paged backwards by sequence number ("before" cursor), newest first.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAudit, listAuditActions, listAuditActors, type AuditFilter } from '../api/audit';
import { isAbortError } from '../api/client';
import type { AuditEntry } from '../api/types';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyChain } from './VerifyChain';

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  // The select lists are a convenience; the filters work without them.
  const actors = useLoad((signal) => listAuditActors(signal).catch(() => []), []);
  const actions = useLoad((signal) => listAuditActions(signal).catch(() => []), []);

  const [filter, setFilter] = useState<AuditFilter>({});
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (applied: AuditFilter, before: number | null) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      if (before === null) setLoading(true);
      else setLoadingMore(true);
      setError(null);
      try {
        const page = await listAudit(applied, before, current.signal);
        if (current.signal.aborted) return;
        setEntries((previous) => (before === null ? page.items : [...previous, ...page.items]));
        setNextBefore(page.nextBefore);
      } catch (err) {
        if (!isAbortError(err) && !current.signal.aborted) setError(err);
      } finally {
        if (!current.signal.aborted) {
          setLoading(false);
          setLoadingMore(false);
        }
      }
    },
    [],
  );

  useEffect(() => {
    void load(filter, null);
  }, [filter, load]);

  useEffect(() => () => controller.current?.abort(), []);

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <p>{t('audit.intro')}</p>

      <AuditFilters
        actors={actors.data ?? []}
        actions={actions.data ?? []}
        busy={loading}
        onApply={(next) => setFilter({ ...next })}
      />

      <section className="section">
        <h2 id="audit-entries">{t('audit.entriesHeading')}</h2>
        <p role="status" className="visually-hidden">
          {loading ? t('common.loading') : t('audit.shown', { n: entries.length })}
        </p>
        <ErrorAlert error={error} />
        {loading ? (
          <p aria-hidden="true">{t('common.loading')}</p>
        ) : entries.length === 0 ? (
          error ? null : <p className="empty">{t('audit.empty')}</p>
        ) : (
          <>
            <AuditTable entries={entries} labelledBy="audit-entries" />
            {nextBefore !== null ? (
              <div className="form-actions">
                <SubmitButton
                  type="button"
                  variant="secondary"
                  busy={loadingMore}
                  busyLabel={t('common.loading')}
                  onClick={() => void load(filter, nextBefore)}
                >
                  {t('audit.loadMore')}
                </SubmitButton>
              </div>
            ) : (
              <p className="hint">{t('audit.end')}</p>
            )}
          </>
        )}
      </section>

      <VerifyChain />
    </>
  );
}
