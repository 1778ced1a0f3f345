// Keeps the waiting-room screen current: loads the snapshot, then listens to
// the location's server-sent events. Calls update the screen at once; other
// changes (new tickets, finished ones) reload the snapshot, at most every few
// seconds. EventSource reconnects by itself; each (re)connect says "ready",
// and the snapshot is loaded again so nothing missed in between stays missing.
import { useEffect, useRef, useState } from 'react';
import { intakeApi, type DisplaySnapshot } from './api';

const RELOAD_AT_MOST_EVERY_MS = 3000;

export interface CallEvent {
  number: number;
  counterName: string;
  /** Increases with every call or recall, so the same number called again still counts as news. */
  sequence: number;
}

export function useDisplayFeed(tenantSlug: string, locationId: string) {
  const [snapshot, setSnapshot] = useState<DisplaySnapshot | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  const [latest, setLatest] = useState<CallEvent | null>(null);
  const sequence = useRef(0);

  useEffect(() => {
    let closed = false;
    let reloadTimer: number | undefined;
    let lastReload = 0;
    const controller = new AbortController();

    const reload = () => {
      lastReload = Date.now();
      intakeApi.display(tenantSlug, locationId, controller.signal).then(
        (data) => {
          if (closed) return;
          setSnapshot(data);
          setError(null);
        },
        (failure: unknown) => {
          if (!closed && !controller.signal.aborted) setError(failure);
        },
      );
    };
    const reloadSoon = () => {
      if (reloadTimer !== undefined) return;
      const wait = Math.max(0, lastReload + RELOAD_AT_MOST_EVERY_MS - Date.now());
      reloadTimer = window.setTimeout(() => {
        reloadTimer = undefined;
        reload();
      }, wait);
    };
    const onCall = (message: MessageEvent<string>) => {
      const data = JSON.parse(message.data) as { number: number; counterName: string | null; at: number };
      const counterName = data.counterName ?? '';
      sequence.current += 1;
      setLatest({ number: data.number, counterName, sequence: sequence.current });
      setSnapshot((current) =>
        current
          ? { ...current, called: [{ number: data.number, counterName, calledAt: new Date(data.at).toISOString(), recalls: 0 }, ...current.called.filter((entry) => entry.number !== data.number)].slice(0, 10) }
          : current,
      );
      reloadSoon();
    };

    reload();
    const source = new EventSource(intakeApi.displayEventsUrl(tenantSlug, locationId));
    source.addEventListener('ready', () => {
      setLive(true);
      reload();
    });
    source.addEventListener('called', onCall);
    source.addEventListener('recalled', onCall);
    source.addEventListener('issued', reloadSoon);
    source.addEventListener('changed', reloadSoon);
    source.onerror = () => setLive(false);

    return () => {
      closed = true;
      controller.abort();
      window.clearTimeout(reloadTimer);
      source.close();
    };
  }, [tenantSlug, locationId]);

  return { snapshot, error, live, latest };
}
