// The last cell of a table row, with small buttons for that row. The buttons
// sit side by side and stack when the column is narrow (wide tables at
// 1280 px), so the table does not need to scroll for them.
// The visible text is the bare verb, the same in every row; the accessible
// name says which row it acts on ("Kim Kollegin bearbeiten").
import type { ReactNode, Ref } from 'react';

export function RowActions({ children }: { children: ReactNode }) {
  return (
    <td>
      <div className="row-actions">{children}</div>
    </td>
  );
}

interface RowButtonProps {
  accessibleName: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

export function RowButton({ accessibleName, onClick, disabled = false, danger = false, ref, children }: RowButtonProps) {
  return (
    <button
      type="button"
      ref={ref}
      className={`button button-small ${danger ? 'button-danger' : 'button-secondary'}`}
      disabled={disabled}
      aria-label={accessibleName}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
