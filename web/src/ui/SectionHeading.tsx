// An h2 that can receive focus when its section appears (e.g. an edit form
// opened from a table row), so keyboard users land in the form.
import { useEffect, useRef, type ReactNode } from 'react';

export function SectionHeading({ id, children, focusOnMount = false }: { id: string; children: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
