// The form that sends one code from the authenticator app, used both to log
// in and to confirm a newly set-up app. On success it stays busy: the login
// page moves on to its next step and this form goes away.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLoginRestartNeeded } from '../api/client';
import { ErrorAlert } from '../ui/Alerts';
import { SubmitButton } from '../ui/SubmitButton';
import { CodeField, normaliseCode } from './CodeField';

interface Props {
  /** Sends the code; rejects when the server does not accept it. */
  send: (code: string) => Promise<void>;
  allowRecoveryCode: boolean;
  submitLabel: string;
  busyLabel: string;
  onSessionLost: (error: unknown) => void;
  onCancel: () => void;
}

export function CodeForm({ send, allowRecoveryCode, submitLabel, busyLabel, onSessionLost, onCancel }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseCode(code);
    if (!normalised) {
      setFieldError(t('validation.codeRequired'));
      return;
    }
    setFieldError(null);
    setError(null);
    setBusy(true);
    try {
      await send(normalised);
    } catch (err) {
      // The half-finished login expired: start over with the password.
      if (isLoginRestartNeeded(err)) {
        onSessionLost(err);
        return;
      }
      setError(err);
      setBusy(false);
      setCode('');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorAlert error={error} />
      <CodeField value={code} onChange={setCode} error={fieldError} allowRecoveryCode={allowRecoveryCode} />
      <div className="form-actions">
        <SubmitButton busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('login.cancel')}
        </button>
      </div>
    </form>
  );
}
