// A read-only field with a copy button, e.g. for an invitation link.
import { useId, useRef } from 'react';
import { CopyButton } from './CopyButton';

export function CopyField({ label, value, copyLabel }: { label: string; value: string; copyLabel?: string }) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <input id={id} ref={fieldRef} readOnly value={value} dir="ltr" onFocus={(e) => e.target.select()} />
        <CopyButton text={value} label={copyLabel} onFail={() => fieldRef.current?.select()} />
      </div>
    </div>
  );
}
