// Frame for pages without a session (login, invitation): brand, language
// switch, and the main landmark.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-layout">
      <header className="public-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <div className="card">{children}</div>
      </main>
    </div>
  );
}
