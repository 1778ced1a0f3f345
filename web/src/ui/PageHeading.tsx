// The page's h1. It can take focus (tabIndex -1) so that after a client-side
// step change (login → code entry) screen readers start reading at the new
// heading instead of staying on a button that no longer exists.
import { useEffect, useRef, type ReactNode } from 'react';

export function PageHeading({ children, focusOnMount = false }: { children: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
