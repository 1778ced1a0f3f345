// A set of checkboxes under one fieldset/legend, e.g. roles or units.
import { useId } from 'react';

interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
  emptyText?: string;
  errorId?: string;
  invalid?: boolean;
}

export function CheckboxGroup({ legend, options, selected, onChange, emptyText, errorId, invalid }: Props) {
  const baseId = useId();
  const toggle = (value: string, checked: boolean) => {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <fieldset className="checkbox-group" aria-describedby={invalid ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.length === 0 && emptyText ? <p className="hint">{emptyText}</p> : null}
      {options.map((option, index) => {
        const id = `${baseId}-${index}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={id}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={id}>
              {option.label}
              {option.hint ? <span className="hint"> {option.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
