import { EventEmitter } from 'node:events';
import type { Tx } from '../../platform/db/index.js';
import { publish, type EventBus } from '../../platform/events/index.js';

// Every request looks up its session. The lookup is cached in the process
// for a short while, and every change that could make a cached entry wrong
// (logout, logout everywhere, role, unit or status change) announces itself:
// at once to the caches of this process, and through the event bus, when the
// transaction commits, to every other process. While the bus is disconnected
// no process could hear of changes, so nothing is cached then.

const TOPIC = 'sessions.changed';
const MAX_AGE_MS = 30_000;
const MAX_ENTRIES = 20_000;

export interface SessionChange {
  sessionId?: string;
  staffId?: string;
}

const local = new EventEmitter();
local.setMaxListeners(0);

/** Tell every session cache that sessions of this staff member (or this one session) changed. */
export async function announceSessionChange(tx: Tx, change: SessionChange): Promise<void> {
  local.emit(TOPIC, change);
  await publish(tx, { topic: TOPIC, data: { ...change } });
}

export class SessionCache<Entry extends { staffId: string }> {
  private entries = new Map<string, { entry: Entry; at: number }>();

  constructor(private readonly bus: EventBus) {
    const forget = (change: SessionChange) => this.forget(change);
    local.on(TOPIC, forget);
    bus.subscribe((event) => {
      if (event.topic === TOPIC) this.forget(event.data as SessionChange);
    });
    bus.onConnectionChange(() => this.entries.clear());
  }

  get(sessionId: string, now = Date.now()): Entry | undefined {
    const hit = this.entries.get(sessionId);
    if (!hit || !this.bus.connected) return undefined;
    if (now - hit.at > MAX_AGE_MS) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return hit.entry;
  }

  set(sessionId: string, entry: Entry, now = Date.now()): void {
    if (!this.bus.connected) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: drop the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(sessionId, { entry, at: now });
  }

  forget(change: SessionChange): void {
    if (change.sessionId) this.entries.delete(change.sessionId);
    if (change.staffId) {
      for (const [id, { entry }] of this.entries) if (entry.staffId === change.staffId) this.entries.delete(id);
    }
  }
}
