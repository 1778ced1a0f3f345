// Setting up the second factor on first login: show the shared secret as QR
// code and as text, and confirm with one code from the app. The server then
// hands out the recovery codes, shown once by RecoveryCodesStep.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmEnrolment, startEnrolment } from '../api/auth';
import { isLoginRestartNeeded } from '../api/client';
import type { EnrolmentStart } from '../api/types';
import { ErrorAlert } from '../ui/Alerts';
import { CopyButton } from '../ui/CopyButton';
import { PageHeading } from '../ui/PageHeading';
import { CodeForm } from './CodeForm';

interface Props {
  onEnrolled: (recoveryCodes: string[]) => void;
  onSessionLost: (error: unknown) => void;
  onCancel: () => void;
}

export function EnrolStep({ onEnrolled, onSessionLost, onCancel }: Props) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<EnrolmentStart | null>(null);
  const [startError, setStartError] = useState<unknown>(null);

  // Each start call makes the server generate a new secret. React's strict
  // mode runs effects twice in development, so a ref makes sure exactly one
  // call happens per visit; otherwise the QR code shown could be stale.
  const started = useRef(false);
  const begin = useCallback(() => {
    setStartError(null);
    setEnrolment(null);
    startEnrolment().then(setEnrolment, (err: unknown) => {
      if (isLoginRestartNeeded(err)) onSessionLost(err);
      else setStartError(err);
    });
  }, [onSessionLost]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    begin();
  }, [begin]);

  const send = async (code: string) => {
    const result = await confirmEnrolment(code);
    onEnrolled(result.recoveryCodes);
  };

  return (
    <>
      <PageHeading focusOnMount>{t('enrol.title')}</PageHeading>
      <p>{t('enrol.intro')}</p>
      {startError ? (
        <>
          <ErrorAlert error={startError} />
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={begin}>
              {t('enrol.retry')}
            </button>
            <button type="button" className="button button-link" onClick={onCancel}>
              {t('login.cancel')}
            </button>
          </div>
        </>
      ) : !enrolment ? (
        <p role="status">{t('enrol.loadingSecret')}</p>
      ) : (
        <>
          <ol className="steps">
            <li>
              <p>{t('enrol.stepScan')}</p>
              <img className="qr" src={enrolment.qrDataUrl} alt={t('enrol.qrAlt')} width={200} height={200} />
              <p className="hint">
                <a href={enrolment.otpauthUri}>{t('enrol.openInApp')}</a>
              </p>
            </li>
            <li>
              <p>{t('enrol.stepManual')}</p>
              <p className="secret-row">
                <code className="secret" dir="ltr">
                  {enrolment.secret}
                </code>{' '}
                <CopyButton text={enrolment.secret} label={t('enrol.copySecret')} />
              </p>
            </li>
            <li>
              <p>{t('enrol.stepConfirm')}</p>
              <CodeForm
                send={send}
                allowRecoveryCode={false}
                submitLabel={t('enrol.submit')}
                busyLabel={t('enrol.submitting')}
                onSessionLost={onSessionLost}
                onCancel={onCancel}
              />
            </li>
          </ol>
        </>
      )}
    </>
  );
}
