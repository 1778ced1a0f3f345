import { sql, type RawBuilder } from 'kysely';
import { publish } from '../../platform/events/index.js';
import type { Tx } from '../../platform/db/index.js';

// What the waiting-room displays hear. The event is queued inside the
// transaction and delivered to every Lotse process only after it commits.
// It carries no personal data: a number, a counter, a unit.
export const DISPLAY_TOPIC = 'intake.display';

export type DisplayEventType = 'issued' | 'called' | 'recalled' | 'changed';

export interface DisplayEvent {
  tenantId: string;
  locationId: string;
  type: DisplayEventType;
  number: number;
  counterName: string | null;
  unitId: string | null;
  /** Server time of the change, in milliseconds. */
  at: number;
}

export async function publishDisplayEvent(tx: Tx, event: DisplayEvent): Promise<void> {
  await publish(tx, { topic: DISPLAY_TOPIC, data: { ...event } });
}

/**
 * The NOTIFY of an "issued" event as an SQL expression whose number is taken
 * from `numberColumn`, so that the ticket insert and its event are one
 * statement. The day's counter row is locked from the number to the commit
 * and every issuer of the location waits for it; one statement less in that
 * stretch is a third more tickets per second. The payload is the one that
 * `publish` sends, on the bus's channel (test/intake/display-events.test.ts
 * fails if the two drift apart).
 */
export function issuedEventNotify(event: Omit<DisplayEvent, 'number' | 'type'>, numberColumn: RawBuilder<number>): RawBuilder<unknown> {
  const template = JSON.stringify({ topic: DISPLAY_TOPIC, data: { ...event, type: 'issued', number: 0 } });
  return sql`pg_notify(${BUS_CHANNEL}, replace(${template}, '"number":0', '"number":' || ${numberColumn}))`;
}

/** The channel of src/platform/events/bus.ts. */
const BUS_CHANNEL = 'lotse_events';

export function isDisplayEvent(data: Record<string, unknown>): data is Record<string, unknown> & DisplayEvent {
  return typeof data.tenantId === 'string' && typeof data.locationId === 'string' && typeof data.type === 'string' && typeof data.number === 'number';
}
