// First login step: e-mail and password, or single sign-on through the
// authority's OIDC provider when the server has one configured.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OIDC_START_URL, fetchOidcConfig, login } from '../api/auth';
import type { SessionStage } from '../api/types';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';

interface Props {
  onStage: (stage: SessionStage) => void;
  notice: string | null;
  initialEmail: string;
  initialError: unknown;
  focusHeading: boolean;
}

export function CredentialsStep({ onStage, notice, initialEmail, initialError, focusHeading }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(initialError);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  // A failing config call only means: no single sign-on button.
  const oidc = useLoad(() => fetchOidcConfig().catch(() => null), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: { email?: string; password?: string } = {};
    if (!email.trim()) errors.email = t('validation.emailRequired');
    if (!password) errors.password = t('validation.passwordRequired');
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    setBusy(true);
    setError(null);
    try {
      const result = await login(email.trim(), password);
      onStage(result.stage);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading focusOnMount={focusHeading}>{t('login.title')}</PageHeading>
      {notice ? (
        <p className="alert alert-info" role="status">
          {notice}
        </p>
      ) : null}
      <p>{t('login.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <ErrorAlert error={error} />
        <TextField
          label={t('login.email')}
          type="email"
          dir="ltr"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
          required
          autoComplete="username"
        />
        <TextField
          label={t('login.password')}
          type="password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
          required
          autoComplete="current-password"
        />
        <div className="form-actions">
          <SubmitButton busy={busy} busyLabel={t('login.submitting')}>
            {t('login.submit')}
          </SubmitButton>
        </div>
      </form>
      {oidc.data?.enabled ? (
        <div className="oidc">
          <p className="divider">
            <span>{t('login.or')}</span>
          </p>
          <button
            type="button"
            className="button button-secondary button-wide"
            // A full page load: the provider's login page is not part of this app.
            onClick={() => window.location.assign(OIDC_START_URL)}
          >
            {t('login.oidc', { label: oidc.data.label })}
          </button>
        </div>
      ) : null}
    </>
  );
}
