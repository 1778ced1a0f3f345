// Frame of the kiosk: brand, language choice and the main landmark, with room
// for big buttons.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import './intake.css';

export function PublicIntakeLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="public-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" className="kiosk-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
