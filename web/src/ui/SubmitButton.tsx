// A button that shows work in progress: disabled, with a "Wird gespeichert…"
// style label, so a double click cannot send the same form twice.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  busy: boolean;
  children: ReactNode;
  busyLabel?: string;
  type?: 'submit' | 'button';
  onClick?: () => void;
  variant?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
}

export function SubmitButton({
  busy,
  children,
  busyLabel,
  type = 'submit',
  onClick,
  variant = 'primary',
  disabled = false,
}: Props) {
  const { t } = useTranslation();
  return (
    <button
      type={type}
      className={`button button-${variant}`}
      disabled={busy || disabled}
      aria-busy={busy || undefined}
      onClick={onClick}
    >
      {busy ? (busyLabel ?? t('common.saving')) : children}
    </button>
  );
}
