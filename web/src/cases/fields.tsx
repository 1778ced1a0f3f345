// Small labelled form controls of the case file pages (select, text area),
// with the label bound to the control like the shared TextField.
import { useId, type ReactNode } from 'react';

export function SelectField({ label, value, onChange, children, hint }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {children}
      </select>
    </div>
  );
}

export function TextAreaField({ label, value, onChange, rows = 4, maxLength }: { label: string; value: string; onChange: (value: string) => void; rows?: number; maxLength?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={rows} maxLength={maxLength} dir="auto" onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** Names may be written right to left (Arabic, Persian): isolate them inside German text. */
export function PersonName({ familyName, givenNames }: { familyName: string; givenNames: string }) {
  return <bdi>{givenNames ? `${givenNames} ${familyName}` : familyName}</bdi>;
}
