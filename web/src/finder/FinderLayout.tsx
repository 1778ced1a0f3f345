// Frame of the public finder: brand, district, language choice, and the main
// landmark. Mobile first; the same frame in every language and direction.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import './finder.css';

export function FinderLayout({ district, children }: { district: string | null; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-layout finder-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="public-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          {district ? <span className="brand-tagline">{district}</span> : null}
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" className="finder-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
