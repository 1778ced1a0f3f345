// Routes of the staff app. Everything except login and invitation needs a
// complete session (password + second factor).
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuditPage } from './audit/AuditPage';
import { InvitationPage } from './auth/InvitationPage';
import { LoginPage } from './auth/LoginPage';
import { SessionProvider, useSessionState } from './auth/SessionContext';
import { PartnersPage } from './admin/PartnersPage';
import { peopleRoutes } from './people/routes';
import { intakePublicRoutes, intakeRoutes } from './intake/routes';
import { knowledgeRoutes } from './knowledge/routes';
import { processRoutes } from './processes/routes';
import { casesRoutes } from './cases/routes';
import { finderRoutes } from './finder/routes';
import { HomePage } from './home/HomePage';
import { appointmentsPublicRoutes, appointmentsRoutes } from './appointments/routes';
import { servicesRoutes } from './services/routes';
import { StaffPage } from './admin/StaffPage';
import { UnitsPage } from './admin/UnitsPage';
import { AppShell } from './shell/AppShell';
import { NotFoundPage } from './shell/NotFoundPage';
import { PublicLayout } from './shell/PublicLayout';
import { RequireRole, RequireSession } from './shell/guards';
import { paths } from './shell/paths';
import { ADMIN_ROLES, AUDIT_ROLES } from './shell/roles';
import { ErrorAlert } from './ui/Alerts';
import { PageHeading } from './ui/PageHeading';

function AppRoutes() {
  const { t } = useTranslation();
  const { state, refresh } = useSessionState();

  // Until the server has said whether someone is logged in, no route can
  // decide between login page and app.
  if (state.status === 'loading') {
    return (
      <PublicLayout>
        <p role="status">{t('app.loading')}</p>
      </PublicLayout>
    );
  }
  if (state.status === 'error') {
    return (
      <PublicLayout>
        <PageHeading>{t('app.startupErrorTitle')}</PageHeading>
        <ErrorAlert error={state.error} />
        <button type="button" className="button button-primary" onClick={() => void refresh().catch(() => undefined)}>
          {t('common.retry')}
        </button>
      </PublicLayout>
    );
  }

  return (
    <Routes>
      <Route path={paths.login} element={<LoginPage />} />
      <Route path={paths.invitation} element={<InvitationPage />} />
      {/* Public pages (no login) of the modules: one line each, e.g. {finderRoutes}. */}
      {intakePublicRoutes}
      {finderRoutes}
      {appointmentsPublicRoutes}
      <Route
        element={
          <RequireSession>
            <AppShell />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path={paths.admin}>
          <Route index element={<Navigate to={paths.units} replace />} />
          <Route
            path={paths.units}
            element={
              <RequireRole roles={ADMIN_ROLES}>
                <UnitsPage />
              </RequireRole>
            }
          />
          <Route
            path={paths.staff}
            element={
              <RequireRole roles={ADMIN_ROLES}>
                <StaffPage />
              </RequireRole>
            }
          />
          <Route
            path={paths.partners}
            element={
              <RequireRole roles={ADMIN_ROLES}>
                <PartnersPage />
              </RequireRole>
            }
          />
        </Route>
        <Route
          path={paths.audit}
          element={
            <RequireRole roles={AUDIT_ROLES}>
              <AuditPage />
            </RequireRole>
          }
        />
        {/* Staff pages of the modules: one line each, e.g. {peopleRoutes} from './people/routes'. */}
        {peopleRoutes}
        {intakeRoutes}
        {processRoutes}
        {casesRoutes}
        {knowledgeRoutes}
        {servicesRoutes}
        {appointmentsRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <AppRoutes />
      </SessionProvider>
    </BrowserRouter>
  );
}
