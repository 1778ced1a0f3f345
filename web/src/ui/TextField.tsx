// A labelled text input with an optional hint and its validation message.
// The hint and the message are tied to the input with aria-describedby, so a
// screen reader reads them together with the label.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './Alerts';

// Everything else (type, autoComplete, dir, …) goes to the <input> unchanged.
type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

interface Props extends InputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
}

export function TextField({ label, value, onChange, error, hint, type = 'text', ...input }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id={errorId} message={error ?? null} />
    </div>
  );
}
