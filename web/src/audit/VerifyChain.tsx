// "Kette prüfen": asks the server to recompute the hash chain and shows
// whether any entry was changed, removed or inserted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyAuditChain } from '../api/audit';
import type { AuditVerifyResult } from '../api/types';
import { ErrorAlert } from '../ui/Alerts';
import { SubmitButton } from '../ui/SubmitButton';

export function VerifyChain() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verifyAuditChain());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section">
      <h2 id="audit-verify">{t('audit.verifyHeading')}</h2>
      <p>{t('audit.verifyIntro')}</p>
      <div className="form-actions">
        <SubmitButton type="button" busy={busy} busyLabel={t('audit.verifying')} onClick={() => void verify()}>
          {t('audit.verify')}
        </SubmitButton>
      </div>
      <ErrorAlert error={error} />
      {result && result.ok ? (
        <p role="status" className="alert alert-success">
          {t('audit.verifyOk', { n: result.checked })}
        </p>
      ) : null}
      {result && !result.ok ? (
        <div role="alert" className="alert alert-error">
          <p>
            <strong>{t('audit.verifyFailed', { n: result.checked })}</strong>
          </p>
          <ul>
            {result.problems.map((problem) => (
              <li key={`${problem.seq}-${problem.kind}`}>
                {t('audit.problem', { seq: problem.seq, message: problem.message, kind: problem.kind })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
