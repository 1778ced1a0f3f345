// The data-protection officer's list of emergency accesses
// (/datenschutz/notfallzugriffe): open ones first, each with who, when, which
// file and why, and a button that marks it reviewed.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShortId } from '../audit/ShortId';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { useSubmission } from '../ui/useSubmission';
import { casesApi, type BreakGlassAccess } from './api';
import { formatTime } from './days';
import './cases.css';

export function BreakGlassReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.breakGlassReview.title'));
  const [includeReviewed, setIncludeReviewed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const list = useLoad((signal) => casesApi.breakGlassList(includeReviewed, signal), [includeReviewed]);
  const openHeading = useRef<HTMLHeadingElement>(null);
  const items = list.data?.items ?? [];
  const open = items.filter((item) => !item.reviewedAt);
  const reviewed = items.filter((item) => item.reviewedAt);

  const onReviewed = (item: BreakGlassAccess) => {
    setMessage(t('cases.breakGlassReview.done', { name: item.staffLabel }));
    list.reload();
    // The reviewed card disappears with its button; keep keyboard users in the list.
    openHeading.current?.focus();
  };

  return (
    <>
      <PageHeading>{t('cases.breakGlassReview.title')}</PageHeading>
      <p>{t('cases.breakGlassReview.intro')}</p>
      <div className="checkbox">
        <input id="break-glass-all" type="checkbox" checked={includeReviewed} onChange={(event) => setIncludeReviewed(event.target.checked)} />
        <label htmlFor="break-glass-all">{t('cases.breakGlassReview.includeReviewed')}</label>
      </div>
      <StatusMessage message={message} />
      {list.loading && !list.data ? <p role="status">{t('cases.breakGlassReview.loading')}</p> : null}
      {list.error ? (
        <>
          <ErrorAlert error={list.error} />
          <button type="button" className="button button-secondary" onClick={list.reload}>{t('cases.retry')}</button>
        </>
      ) : null}
      {list.data ? (
        <>
          <section className="section" aria-labelledby="break-glass-open">
            <h2 id="break-glass-open" ref={openHeading} tabIndex={-1}>{t('cases.breakGlassReview.open', { n: open.length })}</h2>
            {open.length === 0 ? <p className="empty">{t('cases.breakGlassReview.noneOpen')}</p> : null}
            <ul className="case-referrals">
              {open.map((item) => <AccessCard key={item.id} item={item} onReviewed={onReviewed} />)}
            </ul>
          </section>
          {includeReviewed ? (
            <section className="section" aria-labelledby="break-glass-reviewed">
              <h2 id="break-glass-reviewed">{t('cases.breakGlassReview.reviewed')}</h2>
              {reviewed.length === 0 ? <p className="empty">{t('cases.breakGlassReview.noneReviewed')}</p> : null}
              <ul className="case-referrals">
                {reviewed.map((item) => <AccessCard key={item.id} item={item} onReviewed={onReviewed} />)}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function AccessCard({ item, onReviewed }: { item: BreakGlassAccess; onReviewed: (item: BreakGlassAccess) => void }) {
  const { t, i18n } = useTranslation();
  const { busy, error, run } = useSubmission();
  const headingId = `break-glass-${item.id}`;
  const stillRunning = new Date(item.expiresAt).getTime() > Date.now();
  return (
    <li className="card">
      <h3 id={headingId}><bdi>{item.staffLabel}</bdi></h3>
      <dl className="case-facts">
        <dt>{t('cases.breakGlassReview.startedAt')}</dt>
        <dd><time dateTime={item.startedAt}>{formatTime(item.startedAt, i18n.language)}</time></dd>
        <dt>{t('cases.breakGlassReview.expiresAt')}</dt>
        <dd>
          <time dateTime={item.expiresAt}>{formatTime(item.expiresAt, i18n.language)}</time>
          {stillRunning ? <strong> · {t('cases.breakGlassReview.running')}</strong> : null}
        </dd>
        <dt>{t('cases.breakGlassReview.person')}</dt>
        <dd><ShortId id={item.personId} /></dd>
        <dt>{t('cases.breakGlassReview.caseFile')}</dt>
        <dd><ShortId id={item.caseId} /></dd>
        <dt>{t('cases.breakGlassReview.reason')}</dt>
        <dd><bdi dir="auto">{item.reason}</bdi></dd>
        {item.reviewedAt ? (
          <>
            <dt>{t('cases.breakGlassReview.reviewedAt')}</dt>
            <dd><time dateTime={item.reviewedAt}>{formatTime(item.reviewedAt, i18n.language)}</time></dd>
          </>
        ) : null}
      </dl>
      <ErrorAlert error={error} />
      {item.reviewedAt ? null : (
        <div className="case-actions">
          <SubmitButton type="button" busy={busy} onClick={() => void run(async () => {
            await casesApi.reviewBreakGlass(item.id);
            onReviewed(item);
          })}>
            {t('cases.breakGlassReview.markReviewed')}
            {/* Several cards carry the same button; the hidden part says whose access it closes. */}
            <span className="visually-hidden">: <bdi>{item.staffLabel}</bdi>, {formatTime(item.startedAt, i18n.language)}</span>
          </SubmitButton>
        </div>
      )}
    </li>
  );
}
