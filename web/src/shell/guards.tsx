// Route guards. They only decide what to show; the server enforces access on
// every call anyway, so these exist for a clear UI, not for security.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { hasAnyRole, useSessionState } from '../auth/SessionContext';
import type { LoginLocationState } from '../auth/LoginPage';
import { PageHeading } from '../ui/PageHeading';
import { usePageTitle } from '../ui/usePageTitle';

export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSessionState();
  const location = useLocation();
  if (state.status !== 'present' || state.session.stage !== 'full') {
    // After a deliberate logout the next person at this desk starts on the
    // start page; when a session simply ran out, we return to where it ended.
    const deliberate = state.status === 'anonymous' && state.reason === 'loggedOut';
    const loginState: LoginLocationState = deliberate ? {} : { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={loginState} />;
  }
  return <>{children}</>;
}

export function RequireRole({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const { state } = useSessionState();
  if (state.status !== 'present' || !hasAnyRole(state.session, roles)) return <Forbidden />;
  return <>{children}</>;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <p>{t('forbidden.text')}</p>
    </>
  );
}
