import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocateDraw, newDrawSeed, rankOf } from '../../src/modules/appointments/lottery.js';
import { openingHoursProblems, planSlots } from '../../src/modules/appointments/slot-generation.js';
import { addDays, isoWeekday, localDay, localParts, parseClock } from '../../src/modules/appointments/local-time.js';

// The rules of slot generation and allocation, for any schedule and any set of requests.

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const interval = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 23 * 60 }), length: fc.integer({ min: 5, max: 8 * 60 }) })
  .map(({ weekday, start, length }) => ({ weekday, opens: clock(start), closes: clock(Math.min(start + length, 23 * 60 + 59)) }));
const schedule = fc.record({
  openingHours: fc.array(interval, { maxLength: 6 }).filter((hours) => openingHoursProblems(hours).length === 0),
  counters: fc.integer({ min: 1, max: 6 }),
  onlinePercent: fc.integer({ min: 0, max: 100 }),
  slotMinutes: fc.integer({ min: 5, max: 120 }),
  startDay: fc.integer({ min: 0, max: 365 }).map((offset) => addDays('2030-01-01', offset)),
  days: fc.integer({ min: 1, max: 10 }),
  timeZone: fc.constantFrom('Europe/Berlin', 'UTC', 'America/New_York'),
  holidayOffsets: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
});

describe('slot generation', () => {
  it('never overlaps at a counter, never exceeds the counters, stays inside opening hours and off holidays, and respects the online share', () => {
    fc.assert(fc.property(schedule, (s) => {
      const holidays = new Set(s.holidayOffsets.map((offset) => addDays(s.startDay, offset)));
      const slots = planSlots({ ...s, fromDay: s.startDay, toDay: addDays(s.startDay, s.days - 1), holidays });
      const byCounter = new Map<number, Array<[number, number]>>();
      for (const slot of slots) {
        assert.ok(slot.counter >= 1 && slot.counter <= s.counters);
        assert.equal(slot.endsAt.getTime() - slot.startsAt.getTime(), s.slotMinutes * 60_000);
        const list = byCounter.get(slot.counter) ?? [];
        for (const [start, end] of list) assert.ok(slot.endsAt.getTime() <= start || slot.startsAt.getTime() >= end, 'overlap at a counter');
        list.push([slot.startsAt.getTime(), slot.endsAt.getTime()]);
        byCounter.set(slot.counter, list);
      }
      // Capacity: at no instant more slots than counters.
      for (const slot of slots) {
        const concurrent = slots.filter((other) => other.startsAt < slot.endsAt && slot.startsAt < other.endsAt).length;
        assert.ok(concurrent <= s.counters);
      }
      // Online share: among the first k slots exactly floor(k · share) are online.
      let online = 0;
      slots.forEach((slot, index) => {
        if (slot.channel === 'online') online += 1;
        assert.equal(online, Math.floor(((index + 1) * s.onlinePercent) / 100));
      });
      for (const slot of slots) {
        const local = new Intl.DateTimeFormat('en-CA', { timeZone: s.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(slot.startsAt);
        assert.ok(!holidays.has(local), 'slot on a holiday');
        const start = localParts(slot.startsAt, s.timeZone);
        const startMinutes = start.hour * 60 + start.minute;
        const inside = s.openingHours.some((open) => open.weekday === isoWeekday(localDay(slot.startsAt, s.timeZone))
          && startMinutes >= (parseClock(open.opens) as number) && startMinutes + s.slotMinutes <= (parseClock(open.closes) as number));
        assert.ok(inside, 'slot outside opening hours');
      }
    }), { numRuns: 150 });
  });
});

describe('the draw', () => {
  it('gives each slot to at most one request and each request at most one slot, only to requests that took part', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 60 }), fc.uniqueArray(fc.uuid(), { maxLength: 40 }), (requests, slots) => {
      const seed = newDrawSeed();
      const allocation = allocateDraw(seed, requests, slots);
      assert.equal(allocation.length, Math.min(requests.length, slots.length));
      assert.equal(new Set(allocation.map((a) => a.slotId)).size, allocation.length);
      assert.equal(new Set(allocation.map((a) => a.requestId)).size, allocation.length);
      for (const pair of allocation) assert.ok(requests.includes(pair.requestId) && slots.includes(pair.slotId));
      // Auditable: the same seed gives the same allocation, whatever order the requests came in.
      assert.deepEqual(allocateDraw(seed, [...requests].reverse(), slots), allocation);
    }));
  });

  it('does not favour early requests: over many seeds every position wins about equally often', () => {
    const requests = Array.from({ length: 10 }, (_, i) => `request-${i}`);
    const wins = new Array(10).fill(0) as number[];
    for (let run = 0; run < 2000; run += 1) {
      const seed = newDrawSeed();
      const winner = requests.reduce((best, id) => (rankOf(seed, id) < rankOf(seed, best) ? id : best));
      wins[requests.indexOf(winner)] = (wins[requests.indexOf(winner)] ?? 0) + 1;
    }
    // Expected 200 each; a fair draw stays well inside 120–280.
    for (const count of wins) assert.ok(count > 120 && count < 280, `wins per position ${wins.join(',')}`);
  });
});
