// State of an admin list page (units, staff, partners): the rows, the row open
// in the edit form above the table, the confirmation to announce, and the
// error of the last row action. Saved rows replace their old version in place,
// so the table does not reload after every change.
import { useState } from 'react';
import { useLoad } from '../ui/useLoad';
import { useReturnFocus } from '../ui/useReturnFocus';

export type EditableList<T extends { id: string }> = ReturnType<typeof useEditableList<T>>;

export function useEditableList<T extends { id: string }>(load: (signal: AbortSignal) => Promise<T[]>) {
  const rows = useLoad(load, []);
  const [editing, setEditing] = useState<T | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [rowError, setRowError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const editButtons = useReturnFocus();

  const put = (saved: T) =>
    rows.setData((list) => {
      if (!list) return [saved];
      return list.some((row) => row.id === saved.id)
        ? list.map((row) => (row.id === saved.id ? saved : row))
        : [...list, saved];
    });

  const startEdit = (row: T) => {
    setStatus(null);
    setEditing(row);
  };

  // Focus goes back to the row's "Bearbeiten" button, where the user started.
  const closeEdit = (id: string) => {
    setEditing(null);
    editButtons.focus(id);
  };

  const finishEdit = (saved: T, message: string) => {
    put(saved);
    setStatus(message);
    closeEdit(saved.id);
  };

  const cancelEdit = () => {
    if (editing) closeEdit(editing.id);
  };

  /** A new row; the message is left out where the form confirms it itself. */
  const add = (created: T, message: string | null) => {
    put(created);
    setStatus(message);
  };

  /** A change made straight from the table, e.g. deactivating a row. */
  const changeRow = async (row: T, change: () => Promise<T>, message: (saved: T) => string) => {
    setBusyId(row.id);
    setRowError(null);
    setStatus(null);
    try {
      const saved = await change();
      put(saved);
      setStatus(message(saved));
    } catch (err) {
      setRowError(err);
    } finally {
      setBusyId(null);
    }
  };

  return {
    rows,
    editing,
    status,
    rowError,
    busyId,
    registerEditButton: editButtons.register,
    startEdit,
    finishEdit,
    cancelEdit,
    add,
    changeRow,
  };
}
