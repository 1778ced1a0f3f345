// The login flow as one page with steps: password, then either the code from
// the authenticator app or the first-time set-up of that app. A reload in the
// middle resumes at the right step, because the server remembers the stage.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import type { SessionStage } from '../api/types';
import { PublicLayout } from '../shell/PublicLayout';
import { usePageTitle } from '../ui/usePageTitle';
import { CredentialsStep } from './CredentialsStep';
import { EnrolStep } from './EnrolStep';
import { RecoveryCodesStep } from './RecoveryCodesStep';
import { useSessionState } from './SessionContext';
import { TotpStep } from './TotpStep';

type Step =
  | { kind: 'credentials'; error: unknown; focus: boolean }
  | { kind: 'totp' }
  | { kind: 'enrol' }
  | { kind: 'recovery'; codes: string[]; acknowledged: boolean };

/** What other pages may hand to the login page through router state. */
export interface LoginLocationState {
  from?: string;
  notice?: 'invitationAccepted';
  email?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, refresh, logout } = useSessionState();
  const location = useLocation();
  const routerState = (location.state ?? {}) as LoginLocationState;
  // Only paths inside this app ("//host" would leave it).
  const from = routerState.from;
  const target = from && from.startsWith('/') && !from.startsWith('//') ? from : '/';

  const [searchParams] = useSearchParams();

  const [step, setStep] = useState<Step>(() => {
    if (state.status === 'present' && state.session.stage === 'totp') return { kind: 'totp' };
    if (state.status === 'present' && state.session.stage === 'enrol') return { kind: 'enrol' };
    return { kind: 'credentials', error: oidcRefusal(searchParams.get('error')), focus: false };
  });

  const titles: Record<Step['kind'], string> = {
    credentials: t('login.title'),
    totp: t('totp.title'),
    enrol: t('enrol.title'),
    recovery: t('recovery.title'),
  };
  usePageTitle(titles[step.kind]);

  const onStage = useCallback((stage: SessionStage) => {
    if (stage === 'totp') setStep({ kind: 'totp' });
    else if (stage === 'enrol') setStep({ kind: 'enrol' });
    // 'full' straight after the password is not in the contract, but if the
    // server ever skips the second step, loading the session handles it.
    else refresh().catch(() => undefined); // a failure shows the app's start-up error
  }, [refresh]);

  const finish = useCallback(async () => {
    await refresh();
  }, [refresh]);

  const leaveRecovery = useCallback(async () => {
    await refresh();
    setStep((current) => (current.kind === 'recovery' ? { ...current, acknowledged: true } : current));
  }, [refresh]);

  const onSessionLost = useCallback((error: unknown) => {
    setStep({ kind: 'credentials', error, focus: true });
  }, []);

  const cancel = useCallback(() => {
    logout(false)
      .catch(() => {
        // Nothing to do: the half session expires by itself on the server.
      })
      .finally(() => setStep({ kind: 'credentials', error: null, focus: true }));
  }, [logout]);

  // Recovery codes must stay on screen until the user continues, even though
  // the server already considers this session complete.
  const holdForRecoveryCodes = step.kind === 'recovery' && !step.acknowledged;
  if (state.status === 'present' && state.session.stage === 'full' && !holdForRecoveryCodes) {
    return <Navigate to={target} replace />;
  }

  let notice: string | null = null;
  if (routerState.notice === 'invitationAccepted') notice = t('login.invitationAccepted');
  else if (state.status === 'anonymous' && state.reason === 'ended') notice = t('errors.sessionEnded');
  else if (state.status === 'anonymous' && state.reason === 'loggedOut') notice = t('login.loggedOut');

  return (
    <PublicLayout>
      {step.kind === 'credentials' ? (
        <CredentialsStep
          onStage={onStage}
          notice={notice}
          initialEmail={routerState.email ?? ''}
          initialError={step.error}
          focusHeading={step.focus}
        />
      ) : step.kind === 'totp' ? (
        <TotpStep onDone={finish} onSessionLost={onSessionLost} onCancel={cancel} />
      ) : step.kind === 'enrol' ? (
        <EnrolStep
          onEnrolled={(codes) => setStep({ kind: 'recovery', codes, acknowledged: false })}
          onSessionLost={onSessionLost}
          onCancel={cancel}
        />
      ) : (
        <RecoveryCodesStep codes={step.codes} onContinue={leaveRecovery} />
      )}
    </PublicLayout>
  );
}

// A failed single sign-on comes back as /login?error=CODE (a full page load,
// so there is no JSON body). Only known codes are shown; the text comes from
// our own translations, never from the URL.
const OIDC_REFUSALS = ['OIDC_LOGIN_FAILED', 'OIDC_NO_ROLE', 'OIDC_NOT_CONFIGURED', 'AUTH_ACCOUNT_DISABLED'];

function oidcRefusal(code: string | null): ApiError | null {
  if (!code) return null;
  return new ApiError(401, OIDC_REFUSALS.includes(code) ? code : 'OIDC_LOGIN_FAILED', '');
}
