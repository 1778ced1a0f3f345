// /einladung/:token — a new staff member sets a password. The second factor
// is set up at the first login afterwards, not here, so this page stays short.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { acceptInvitation, fetchInvitation } from '../api/auth';
import { PublicLayout } from '../shell/PublicLayout';
import { ErrorAlert } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import type { LoginLocationState } from './LoginPage';

/** Must match the server's rule; checked here only to answer faster. */
export const MIN_PASSWORD_LENGTH = 12;

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useLoad(() => fetchInvitation(token), [token]);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('invitation.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: { password?: string; repeat?: string } = {};
    if (password.length < MIN_PASSWORD_LENGTH) {
      errors.password = t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
    } else if (password !== repeat) {
      errors.repeat = t('validation.passwordMismatch');
    }
    setFieldErrors(errors);
    if (errors.password || errors.repeat) return;
    setBusy(true);
    setError(null);
    try {
      await acceptInvitation(token, password);
      const state: LoginLocationState = { notice: 'invitationAccepted', email: invitation.data?.email ?? '' };
      navigate('/login', { replace: true, state });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <PublicLayout>
      <PageHeading>{t('invitation.title')}</PageHeading>
      {invitation.loading ? (
        <p role="status">{t('invitation.loading')}</p>
      ) : invitation.error ? (
        <>
          <ErrorAlert error={invitation.error} />
          <p>{t('invitation.invalidHelp')}</p>
          <p>
            <Link to="/login">{t('common.toLogin')}</Link>
          </p>
        </>
      ) : invitation.data ? (
        <>
          <p>{t('invitation.intro', { tenant: invitation.data.tenantName })}</p>
          <dl className="facts">
            <div>
              <dt>{t('invitation.tenant')}</dt>
              <dd>{invitation.data.tenantName}</dd>
            </div>
            <div>
              <dt>{t('invitation.name')}</dt>
              <dd>{invitation.data.displayName}</dd>
            </div>
            <div>
              <dt>{t('invitation.email')}</dt>
              <dd dir="ltr">{invitation.data.email}</dd>
            </div>
          </dl>
          <form onSubmit={(e) => void submit(e)} noValidate className="form">
            {/* Lets password managers store the new password under the right account. */}
            <input type="hidden" name="username" autoComplete="username" value={invitation.data.email} />
            <ErrorAlert error={error} />
            <TextField
              label={t('invitation.password')}
              hint={t('invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              type="password"
              value={password}
              onChange={setPassword}
              error={fieldErrors.password}
              required
              minLength={MIN_PASSWORD_LENGTH}
              autoComplete="new-password"
            />
            <TextField
              label={t('invitation.passwordRepeat')}
              type="password"
              value={repeat}
              onChange={setRepeat}
              error={fieldErrors.repeat}
              required
              autoComplete="new-password"
            />
            <div className="form-actions">
              <SubmitButton busy={busy}>{t('invitation.submit')}</SubmitButton>
            </div>
          </form>
        </>
      ) : null}
    </PublicLayout>
  );
}
