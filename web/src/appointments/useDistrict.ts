import { useEffect, useState } from 'react';
import { districtSlug } from './api';

/** The district's slug: from ?kreis= or the installation's default. */
export function useDistrict(fromQuery: string | null): { slug: string | null; error: unknown } {
  const [state, setState] = useState<{ slug: string | null; error: unknown }>({ slug: fromQuery, error: null });
  useEffect(() => {
    if (fromQuery) return setState({ slug: fromQuery, error: null });
    const controller = new AbortController();
    districtSlug(null, controller.signal).then((slug) => setState({ slug, error: null }), (error: unknown) => {
      if (!controller.signal.aborted) setState({ slug: null, error });
    });
    return () => controller.abort();
  }, [fromQuery]);
  return state;
}
