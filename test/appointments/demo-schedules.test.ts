import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoSchedules } from '../../src/modules/appointments/index.js';
import { DEMO_CONCERNS } from '../../src/modules/services/demo/seed.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type TestContext } from '../support/app.js';
import { makeDemoDistrict } from '../services/helpers.js';

// The demo district's schedules: every concern bookable online offers free
// times in the coming days at each of its locations, through the public API a
// person's browser uses; walk-in and emergency concerns offer none.

describe('demo appointment schedules', () => {
  let ctx: TestContext;
  let district: Awaited<ReturnType<typeof makeDemoDistrict>>;
  let seeded: { schedules: number; slots: number };

  before(async () => {
    ctx = await testApp();
    district = await makeDemoDistrict(ctx.db);
    seeded = await withTenant(ctx.db, district.id, (tx) => seedDemoSchedules(tx, district.id, { id: null, label: 'Demo-Daten' }, new Date()));
  });
  after(() => ctx.close());

  async function freeSlots(concernKey: string) {
    const concernId = district.concernIds[concernKey];
    assert.ok(concernId, concernKey);
    const response = await ctx.app.inject({ method: 'GET', url: `/api/public/${district.slug}/appointments/slots?concernId=${concernId}` });
    assert.equal(response.statusCode, 200, response.body);
    return json<{ items: Array<{ startsAt: string; location: { name: string } }> }>(response).items;
  }

  it('offers free times for every concern bookable online, from tomorrow on, at each of its locations', async () => {
    assert.ok(seeded.slots > 0 && seeded.schedules > 0, JSON.stringify(seeded));
    for (const concern of DEMO_CONCERNS.filter((c) => c.channel === 'online_booking')) {
      const slots = await freeSlots(concern.key);
      assert.ok(slots.length > 0, `${concern.key} has free slots`);
      assert.ok(slots.every((slot) => new Date(slot.startsAt).getTime() > Date.now()), `${concern.key}: only future slots`);
    }
    // "Extend a residence permit" is offered at both demo locations (the list is cut at the first slots, so look at the whole release).
    const places = await withTenant(ctx.db, district.id, (tx) => tx.selectFrom('appointment_slots as s').innerJoin('appointment_schedules as sc', 'sc.id', 's.schedule_id')
      .innerJoin('locations as l', 'l.id', 'sc.location_id').select('l.name').distinct().where('s.concern_id', '=', district.concernIds['extend-permit'] as string).execute());
    assert.deepEqual(places.map((place) => place.name).sort(), ['Bürgerbüro Nordstadt', 'Kreishaus Musterstadt']);
  });

  it('offers no times for concerns without online booking', async () => {
    for (const concern of DEMO_CONCERNS.filter((c) => c.channel !== 'online_booking')) {
      assert.deepEqual(await freeSlots(concern.key), [], concern.key);
    }
  });
});
