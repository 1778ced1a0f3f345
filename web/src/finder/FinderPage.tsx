// The Anliegen-Finder (public, no login): questions one at a time, then the
// personal checklist. The answers so far live in the address
// (?antworten=a,b,c), so the browser's back button, reloading and sharing a
// link all work; the server walks the district's decision tree.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { loadDefaultDistrict, loadFinderStep } from './api';
import { Checklist } from './Checklist';
import { FinderLayout } from './FinderLayout';
import { QuestionStep } from './QuestionStep';
import { Localized } from './Localized';

const PARAM = 'antworten';

function useAnswers(): [string[], (next: string[]) => void] {
  const [params, setParams] = useSearchParams();
  const path = (params.get(PARAM) ?? '').split(',').filter((id) => /^[a-z0-9-]+$/.test(id));
  const setPath = (next: string[]) => setParams(next.length > 0 ? { [PARAM]: next.join(',') } : {});
  return [path, setPath];
}

function FinderError({ error, onRestart, onRetry }: { error: unknown; onRestart: () => void; onRetry: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : '';
  const text =
    error instanceof ApiError && error.status === 0
      ? t('finder.errorNetwork')
      : code === 'FINDER_PATH_INVALID'
        ? t('finder.errorPath')
        : code === 'PUBLIC_RATE_LIMITED'
          ? t('finder.errorRateLimited', { seconds: (error as ApiError).retryAfterSeconds ?? 60 })
          : code === 'NOT_FOUND' || code === 'FINDER_NOT_SET_UP'
            ? t('finder.errorNotFound')
            : t('finder.errorGeneric');
  return (
    <>
      <div role="alert" className="alert alert-error">
        {text}
      </div>
      <div className="finder-nav">
        {code === 'FINDER_PATH_INVALID' ? (
          <button type="button" className="button button-primary" onClick={onRestart}>
            {t('finder.restart')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={onRetry}>
            {t('finder.retry')}
          </button>
        )}
      </div>
    </>
  );
}

export function FinderPage() {
  const { t } = useTranslation();
  const { tenantSlug } = useParams();
  const [path, setPath] = useAnswers();
  const language = currentLanguage();
  usePageTitle(t('finder.title'));

  const district = useLoad(
    (signal) => (tenantSlug ? Promise.resolve({ slug: tenantSlug, name: '' }) : loadDefaultDistrict(signal)),
    [tenantSlug],
  );
  const slug = district.data?.slug;
  const pathKey = path.join(',');
  const step = useLoad(
    (signal) => (slug ? loadFinderStep(slug, language, path, signal) : new Promise<never>(() => undefined)),
    [slug, language, pathKey],
  );

  // After an answer, focus moves to the next question or the result, so a
  // screen reader reads on from there; not on the first visit.
  const answered = useRef(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (answered.current && step.data?.result) resultHeading.current?.focus();
  }, [step.data]);

  const choose = (answerId: string) => {
    answered.current = true;
    setPath([...path, answerId]);
  };
  const back = () => {
    answered.current = true;
    setPath(path.slice(0, -1));
  };
  const restart = () => {
    answered.current = true;
    setPath([]);
  };

  const data = step.data;
  const error = district.error ?? step.error;
  return (
    <FinderLayout district={data?.district ?? district.data?.name ?? null}>
      <PageHeading>{t('finder.title')}</PageHeading>
      {path.length === 0 ? <p>{t('finder.intro')}</p> : null}

      {error ? (
        <FinderError error={error} onRestart={restart} onRetry={() => (district.error ? district.reload() : step.reload())} />
      ) : !data ? (
        <p role="status">{t('finder.loading')}</p>
      ) : (
        <div aria-busy={step.loading}>
          {data.trail.length > 0 ? (
            <details className="finder-trail">
              <summary>{t('finder.yourAnswers')}</summary>
              <ol>
                {data.trail.map((entry, index) => (
                  <li key={`${index}-${entry.answerId}`}>
                    <Localized lang={entry.question.lang} dir={entry.question.dir}>
                      {entry.question.text}
                    </Localized>{' '}
                    <strong>
                      <Localized lang={entry.answer.lang} dir={entry.answer.dir}>
                        {entry.answer.text}
                      </Localized>
                    </strong>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}

          {data.question ? (
            <QuestionStep question={data.question} number={data.trail.length + 1} focus={answered.current} busy={step.loading} onAnswer={choose} />
          ) : data.result ? (
            <Checklist result={data.result} headingRef={resultHeading} />
          ) : null}

          {path.length > 0 ? (
            <div className="finder-nav">
              <button type="button" className="button button-secondary" onClick={back} disabled={step.loading}>
                {t('finder.back')}
              </button>
              <button type="button" className="button button-link" onClick={restart} disabled={step.loading}>
                {t('finder.restart')}
              </button>
            </div>
          ) : null}
        </div>
      )}
    </FinderLayout>
  );
}
