import type { ServerResponse } from 'node:http';
import type { EventBus } from '../../platform/events/index.js';
import { DISPLAY_TOPIC, isDisplayEvent } from './events.js';

// Server-sent events for the waiting-room displays. One subscription to the
// event bus per process fans each event out to the screens of its location,
// so an event from any Lotse process reaches every screen. A comment line
// every HEARTBEAT_MS keeps proxies from closing an idle stream and lets the
// screen notice a dead connection (EventSource then reconnects on its own).

export const HEARTBEAT_MS = 15_000;
/**
 * Events that arrive within this time go out to each screen in one write: at
 * busy times that is one write per screen and tick instead of one per event,
 * which costs the screens a few milliseconds and saves the server most of its
 * socket writes.
 */
export const FLUSH_MS = 20;

const key = (tenantId: string, locationId: string) => `${tenantId}/${locationId}`;

export class DisplayHub {
  private readonly screens = new Map<string, Set<ServerResponse>>();
  private heartbeat: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  // Frames waiting for the next flush, per screen group.
  private readonly pending = new Map<string, string[]>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(private readonly bus: EventBus) {}

  start(): void {
    this.unsubscribe = this.bus.subscribe((event) => {
      if (event.topic !== DISPLAY_TOPIC || !isDisplayEvent(event.data)) return;
      const id = key(event.data.tenantId, event.data.locationId);
      if (!this.screens.has(id)) return;
      // The tenant and location are the screen's own; they are not repeated to it.
      const { tenantId: _tenant, locationId: _location, ...visible } = event.data;
      const frame = `event: ${event.data.type}\ndata: ${JSON.stringify(visible)}\n\n`;
      const queued = this.pending.get(id);
      if (queued) queued.push(frame);
      else this.pending.set(id, [frame]);
      this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
    });
    this.heartbeat = setInterval(() => {
      for (const screens of this.screens.values()) for (const screen of screens) screen.write(': ping\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private flush(): void {
    this.flushTimer = undefined;
    for (const [id, frames] of this.pending) {
      const chunk = frames.join('');
      for (const screen of this.screens.get(id) ?? []) screen.write(chunk);
    }
    this.pending.clear();
  }

  stop(): void {
    this.unsubscribe?.();
    clearInterval(this.heartbeat);
    clearTimeout(this.flushTimer);
    this.pending.clear();
    for (const screens of this.screens.values()) for (const screen of screens) screen.end();
    this.screens.clear();
  }

  /** Keeps `response` open as an event stream for the location's screen. */
  attach(tenantId: string, locationId: string, response: ServerResponse): void {
    const id = key(tenantId, locationId);
    let screens = this.screens.get(id);
    if (!screens) this.screens.set(id, (screens = new Set()));
    screens.add(response);
    response.on('close', () => {
      screens.delete(response);
      if (screens.size === 0 && this.screens.get(id) === screens) this.screens.delete(id);
    });
  }

  get connected(): number {
    let count = 0;
    for (const screens of this.screens.values()) count += screens.size;
    return count;
  }
}
