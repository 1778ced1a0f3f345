// Frame of the logged-in app: header (tenant, user, language, logout),
// navigation, and the page in <main>.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { useSession, useSessionState } from '../auth/SessionContext';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { ErrorAlert } from '../ui/Alerts';
import { MainNav } from './MainNav';

const NAV_ID = 'main-navigation';

export function AppShell() {
  const { t } = useTranslation();
  const session = useSession();
  const { logout } = useSessionState();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const [busy, setBusy] = useState<'one' | 'all' | null>(null);
  const [logoutError, setLogoutError] = useState<unknown>(null);
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const shownPath = useRef(location.pathname);

  // After client-side navigation, move focus to the new page's heading, as a
  // full page load would put screen reader users at the top of the new page.
  // Comparing paths (not counting renders) keeps the first page's own focus
  // (the start page's search box) also when StrictMode runs effects twice.
  useEffect(() => {
    setNavOpen(false);
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [location.pathname]);

  // Escape closes the small-screen menu and returns focus to its button.
  useEffect(() => {
    if (!navOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setNavOpen(false);
        menuButtonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  const doLogout = async (everywhere: boolean) => {
    setBusy(everywhere ? 'all' : 'one');
    setLogoutError(null);
    try {
      await logout(everywhere);
    } catch (error) {
      setLogoutError(error);
      setBusy(null);
    }
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-top">
          <p className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tenant">{session.tenant.name}</span>
          </p>
          <button
            ref={menuButtonRef}
            type="button"
            className="button button-secondary menu-button"
            aria-expanded={navOpen}
            aria-controls={NAV_ID}
            onClick={() => setNavOpen((open) => !open)}
          >
            <span aria-hidden="true" className="menu-icon" />
            {t('shell.menu')}
          </button>
        </div>
        <div className="app-header-account">
          <p className="user-name">
            <span className="visually-hidden">{t('shell.signedInAs')} </span>
            {session.user.displayName}
          </p>
          <LanguageSwitch />
          <button
            type="button"
            className="button button-header"
            disabled={busy !== null}
            onClick={() => void doLogout(false)}
          >
            {busy === 'one' ? t('shell.loggingOut') : t('shell.logout')}
          </button>
          <button
            type="button"
            className="button button-header"
            disabled={busy !== null}
            onClick={() => void doLogout(true)}
          >
            {busy === 'all' ? t('shell.loggingOut') : t('shell.logoutAll')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <MainNav id={NAV_ID} session={session} open={navOpen} />
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <ErrorAlert error={logoutError} />
          <Outlet />
        </main>
      </div>
    </div>
  );
}
