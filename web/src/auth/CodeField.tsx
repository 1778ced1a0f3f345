// The "Sicherheitscode" input shared by code entry and enrolment.
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/TextField';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  allowRecoveryCode: boolean;
}

export function CodeField({ value, onChange, error, allowRecoveryCode }: Props) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('totp.code')}
      hint={allowRecoveryCode ? t('totp.codeHintWithRecovery') : t('totp.codeHint')}
      className="input-code"
      // Recovery codes may contain letters, so a numeric keyboard only when they are not allowed.
      inputMode={allowRecoveryCode ? 'text' : 'numeric'}
      autoComplete="one-time-code"
      autoCapitalize="off"
      spellCheck={false}
      required
      dir="ltr"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** People type "123 456" as the app shows it; the server wants the bare code. */
export function normaliseCode(value: string): string {
  return value.replace(/\s+/g, '');
}
