// A labelled <select> with its validation message, like TextField.
import { useId, type ReactNode } from 'react';
import { FieldError } from '../ui/Alerts';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
  children: ReactNode;
}

export function SelectField({ label, value, onChange, error, hint, children }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {children}
      </select>
      <FieldError id={`${id}-error`} message={error ?? null} />
    </div>
  );
}
