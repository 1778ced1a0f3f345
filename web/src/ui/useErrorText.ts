// Turns any thrown value into one sentence a person can act on.
// The server's message is used as is (it already comes in German or English);
// for Arabic, and when the server sent no text, the error code is translated
// on the client where a translation exists.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof ApiError) {
        if (error.status === 0) return t('errors.network');
        // getResource instead of t(): codes come from the server and are not known keys.
        const resource: unknown = i18n.getResource(i18n.language, 'translation', `errors.codes.${error.code}`);
        const translated = typeof resource === 'string' ? resource : null;
        let text: string;
        if (i18n.language === 'ar' && translated) text = translated;
        else if (error.message) text = error.message;
        else text = translated ?? t('errors.generic', { status: error.status });
        const wait = error.retryAfterSeconds;
        if (wait !== null && wait > 0) {
          // Long lock-outs read better in minutes ("in 15 Minuten", not "in 900 Sekunden").
          const hint =
            wait >= 120
              ? t('errors.retryAfterMinutes', { minutes: Math.ceil(wait / 60) })
              : t('errors.retryAfter', { seconds: wait });
          text = `${text} ${hint}`;
        }
        return text;
      }
      if (typeof error === 'string') return error;
      return t('errors.unexpected');
    },
    [t, i18n],
  );
}
