// A labelled multi-line text field.
import { useId } from 'react';

export function TextArea({ label, value, onChange, hint, required }: { label: string; value: string; onChange: (value: string) => void; hint?: string; required?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea id={id} rows={4} value={value} required={required} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
