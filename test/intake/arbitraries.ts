import fc from 'fast-check';
import type { QueuedTicket } from '../../src/modules/intake/call-order.js';

// Random queues for the property tests of call next (pure and in SQL).

const base = Date.parse('2026-03-02T08:00:00Z');
const minute = 60_000;

/** A queue of tickets with unique numbers, arrivals and appointment times within a morning. */
export const queueArbitrary = fc
  .array(
    fc.record({
      kind: fc.constantFrom('walk_in', 'emergency', 'appointment') as fc.Arbitrary<QueuedTicket['kind']>,
      issuedMinute: fc.integer({ min: 0, max: 240 }),
      scheduledMinute: fc.integer({ min: 0, max: 300 }),
    }),
    { maxLength: 30 },
  )
  .map((drafts) =>
    drafts.map((draft, index): QueuedTicket => ({
      id: `t${index}`,
      kind: draft.kind,
      number: index + 1,
      issuedAt: new Date(base + draft.issuedMinute * minute),
      scheduledAt: draft.kind === 'appointment' ? new Date(base + draft.scheduledMinute * minute) : null,
    })),
  );
export const nowArbitrary = fc.integer({ min: 0, max: 300 }).map((m) => new Date(base + m * minute));
