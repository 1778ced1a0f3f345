// A labelled multi-line field with an optional hint.
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  rows?: number;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  className?: string;
}

export function TextArea({ label, value, onChange, hint, rows = 3, dir, lang, className }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        value={value}
        dir={dir}
        lang={lang}
        className={className}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
