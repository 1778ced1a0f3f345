// The recovery codes are shown exactly once, right after enrolment; the
// server stores only their hashes. The user moves on only by pressing the
// button, so the codes cannot vanish before they were written down.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alerts';
import { CopyButton } from '../ui/CopyButton';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';

interface Props {
  codes: string[];
  onContinue: () => Promise<void>;
}

export function RecoveryCodesStep({ codes, onContinue }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const proceed = async () => {
    setBusy(true);
    setError(null);
    try {
      await onContinue();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading focusOnMount>{t('recovery.title')}</PageHeading>
      <div className="alert alert-warning">
        <p>
          <strong>{t('recovery.warning')}</strong>
        </p>
        <p>{t('recovery.explanation')}</p>
      </div>
      <h2 id="recovery-codes-heading" className="visually-hidden">
        {t('recovery.listLabel')}
      </h2>
      <ol className="recovery-codes" aria-labelledby="recovery-codes-heading" dir="ltr">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="form-actions">
        <CopyButton text={codes.join('\n')} label={t('recovery.copy')} />
      </p>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <SubmitButton type="button" busy={busy} busyLabel={t('common.loading')} onClick={() => void proceed()}>
          {t('recovery.continue')}
        </SubmitButton>
      </div>
    </>
  );
}
