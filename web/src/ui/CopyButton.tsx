// Copies a text to the clipboard and says so in a live region. The text is
// always also visible on the page, because the clipboard API is missing on
// plain-http intranet hosts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label, onFail }: { text: string; label?: string; onFail?: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('common.copied'));
    } catch {
      onFail?.();
      setStatus(t('common.copyFailed'));
    }
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {label ?? t('common.copy')}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
