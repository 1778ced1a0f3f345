// Remembers the per-row buttons that open an edit form, so that closing the
// form puts keyboard focus back where the user started instead of on <body>.
import { useCallback, useRef } from 'react';

export function useReturnFocus() {
  const elements = useRef(new Map<string, HTMLElement>());
  const register = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
    [],
  );
  const focus = useCallback((id: string) => {
    // After React has re-rendered the table with the saved row.
    window.requestAnimationFrame(() => elements.current.get(id)?.focus());
  }, []);
  return { register, focus };
}
