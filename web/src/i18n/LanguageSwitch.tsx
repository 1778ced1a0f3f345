// Language choice, shown both in the shell header and on the public pages.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, currentLanguage, isLanguage } from './index';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  return (
    <div className="language-switch">
      <label htmlFor={selectId}>{t('language.label')}</label>
      <select
        id={selectId}
        value={currentLanguage()}
        onChange={(event) => {
          const value = event.target.value;
          if (isLanguage(value)) void i18n.changeLanguage(value);
        }}
      >
        {LANGUAGES.map((lng) => (
          // Each language name is written in that language, so lang helps screen readers pronounce it.
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
