import { sql } from 'kysely';
import type { Database, Listener, Tx } from '../db/index.js';

// Events that must reach every Lotse process travel through PostgreSQL
// LISTEN/NOTIFY on one channel. A NOTIFY sent inside a transaction is
// delivered only if and when it commits, so listeners never hear of changes
// that were rolled back. While the listening connection is down, `connected`
// is false: whoever caches on the strength of these events must stop caching.

const CHANNEL = 'lotse_events';
const RETRY_MS = [250, 500, 1000, 2000, 5000];

export interface BusEvent {
  topic: string;
  data: Record<string, unknown>;
}

type Handler = (event: BusEvent) => void;

/** Queues an event for delivery when `tx` commits. */
export async function publish(tx: Tx, event: BusEvent): Promise<void> {
  await sql`select pg_notify(${CHANNEL}, ${JSON.stringify(event)})`.execute(tx);
}

export class EventBus {
  private listener: Listener | undefined;
  private handlers = new Set<Handler>();
  private connectionHandlers = new Set<(connected: boolean) => void>();
  private retry = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  connected = false;

  constructor(
    private readonly db: Database,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {}

  subscribe(handler: Handler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  onConnectionChange(handler: (connected: boolean) => void): void {
    this.connectionHandlers.add(handler);
  }

  async start(): Promise<void> {
    this.stopped = false;
    try {
      this.listener = await this.db.listen(CHANNEL, (payload) => this.deliver(payload), (error) => this.lost(error));
      this.retry = 0;
      this.setConnected(true);
    } catch (error) {
      this.lost(error as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.setConnected(false);
    await this.listener?.close();
    this.listener = undefined;
  }

  private deliver(payload: string): void {
    let event: BusEvent;
    try {
      event = JSON.parse(payload) as BusEvent;
    } catch {
      return;
    }
    for (const handler of this.handlers) handler(event);
  }

  private lost(error: Error): void {
    this.listener = undefined;
    this.setConnected(false);
    if (this.stopped) return;
    this.onError(error);
    const delay = RETRY_MS[Math.min(this.retry, RETRY_MS.length - 1)];
    this.retry += 1;
    this.retryTimer = setTimeout(() => void this.start(), delay);
    this.retryTimer.unref();
  }

  private setConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    for (const handler of this.connectionHandlers) handler(connected);
  }
}
