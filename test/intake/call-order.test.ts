import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { callOrder, pickNext, tierOf, Tier, type QueuedTicket } from '../../src/modules/intake/call-order.js';
import { estimateWaitMinutes, median } from '../../src/modules/intake/waiting-estimate.js';
import { nowArbitrary, queueArbitrary } from './arbitraries.js';

// The rules of "call next" as properties over arbitrary queues.

describe('call next', () => {
  it('calls nobody from an empty queue and always someone from a non-empty one', () => {
    fc.assert(fc.property(queueArbitrary, nowArbitrary, (queue, now) => {
      const next = pickNext(queue, now);
      if (queue.length === 0) assert.equal(next, null);
      else assert.ok(next && queue.includes(next));
    }));
  });

  it('calls a due appointment before anyone else, the earliest appointment first', () => {
    fc.assert(fc.property(queueArbitrary, nowArbitrary, (queue, now) => {
      const due = queue.filter((t) => t.kind === 'appointment' && (t.scheduledAt as Date) <= now);
      const next = pickNext(queue, now);
      if (due.length === 0) return;
      assert.equal(tierOf(next as QueuedTicket, now), Tier.DueAppointment);
      const earliest = Math.min(...due.map((t) => (t.scheduledAt as Date).getTime()));
      assert.equal((next as QueuedTicket).scheduledAt?.getTime(), earliest);
    }));
  });

  it('without due appointments, calls emergencies before walk-ins, and walk-ins before early appointments', () => {
    fc.assert(fc.property(queueArbitrary, nowArbitrary, (queue, now) => {
      if (queue.some((t) => tierOf(t, now) === Tier.DueAppointment)) return;
      const next = pickNext(queue, now);
      if (!next) return;
      if (queue.some((t) => t.kind === 'emergency')) assert.equal(next.kind, 'emergency');
      else if (queue.some((t) => t.kind === 'walk_in')) assert.equal(next.kind, 'walk_in');
      else assert.equal(next.kind, 'appointment');
    }));
  });

  it('serves walk-ins and emergencies in order of arrival (first come, first served within a tier)', () => {
    fc.assert(fc.property(queueArbitrary, nowArbitrary, (queue, now) => {
      const order = callOrder(queue, now);
      for (const kind of ['walk_in', 'emergency'] as const) {
        const arrivals = order.filter((t) => t.kind === kind).map((t) => [t.issuedAt.getTime(), t.number] as const);
        const sorted = [...arrivals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        assert.deepEqual(arrivals, sorted);
      }
    }));
  });

  it('does not depend on the order the database returns the queue in', () => {
    fc.assert(fc.property(queueArbitrary.chain((queue) => fc.tuple(fc.constant(queue), fc.shuffledSubarray(queue, { minLength: queue.length, maxLength: queue.length }))), nowArbitrary, ([queue, shuffled], now) => {
      assert.equal(pickNext(queue, now)?.id, pickNext(shuffled, now)?.id);
      assert.deepEqual(callOrder(queue, now).map((t) => t.id), callOrder(shuffled, now).map((t) => t.id));
    }));
  });

  it('calling repeatedly empties the queue, each ticket exactly once', () => {
    fc.assert(fc.property(queueArbitrary, nowArbitrary, (queue, now) => {
      const remaining = [...queue];
      const called: string[] = [];
      for (let next = pickNext(remaining, now); next; next = pickNext(remaining, now)) {
        called.push(next.id);
        remaining.splice(remaining.indexOf(next), 1);
      }
      assert.deepEqual([...called].sort(), queue.map((t) => t.id).sort());
      assert.deepEqual(called, callOrder(queue, now).map((t) => t.id));
    }));
  });
});

describe('waiting estimate', () => {
  it('is the median handling time times the position, rounded up to minutes', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 3_600_000 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 100 }), (samples, position) => {
      const typical = median(samples) as number;
      assert.ok(typical >= Math.min(...samples) && typical <= Math.max(...samples));
      const below = samples.filter((s) => s < typical).length;
      const above = samples.filter((s) => s > typical).length;
      assert.ok(below <= samples.length / 2 && above <= samples.length / 2, 'half the samples lie on each side');
      assert.equal(estimateWaitMinutes(samples, position), Math.ceil((typical * position) / 60_000));
    }));
  });

  it('grows with the position and gives no estimate without data', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 3_600_000 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 99 }), (samples, position) => {
      assert.ok((estimateWaitMinutes(samples, position + 1) as number) >= (estimateWaitMinutes(samples, position) as number));
    }));
    assert.equal(estimateWaitMinutes([], 3), null);
  });
});
