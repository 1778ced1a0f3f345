// Wide tables scroll sideways on small screens. The scroll container is a
// named, focusable region so keyboard users can scroll it too.
import type { ReactNode } from 'react';

export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
