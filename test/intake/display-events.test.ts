import assert from 'node:assert/strict';
import { get, type IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { testApp, type TestContext } from '../support/app.js';
import { makeConcern, makeLocation } from '../support/concerns.js';
import { makeStaff, makeTenant, sessionFor } from '../support/factories.js';

// The waiting-room screen's event stream over a real socket: what the kiosk
// and the counters do reaches the screen of the same location, and only it.

let ctx: TestContext;
let base: string;
before(async () => {
  ctx = await testApp({ LOTSE_KIOSK_TICKETS_PER_MINUTE: '1000' });
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(ctx.app.server.address() as { port: number }).port}`;
});
after(() => ctx.close());

interface Frame {
  event: string;
  data: Record<string, unknown>;
}

/** Opens the stream and collects its frames until closed. */
function openScreen(path: string): Promise<{ response: IncomingMessage; frames: Frame[]; next(event: string, timeoutMs?: number): Promise<Frame>; close(): void }> {
  return new Promise((resolve, reject) => {
    const request = get(`${base}${path}`, (response) => {
      const frames: Frame[] = [];
      const waiters: Array<() => void> = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) frames.push({ event, data: JSON.parse(data) as Record<string, unknown> });
          for (const waiter of waiters.splice(0)) waiter();
        }
      });
      let seen = 0;
      const next = (event: string, timeoutMs = 5000) =>
        new Promise<Frame>((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`no ${event} event within ${timeoutMs} ms; got ${JSON.stringify(frames)}`)), timeoutMs);
          const look = () => {
            const index = frames.findIndex((frame, i) => i >= seen && frame.event === event);
            if (index >= 0) {
              seen = index + 1;
              clearTimeout(timer);
              done(frames[index] as Frame);
            } else waiters.push(look);
          };
          look();
        });
      resolve({ response, frames, next, close: () => request.destroy() });
    });
    request.on('error', reject);
  });
}

describe('display events', () => {
  it('streams issued and called numbers with the counter to the screens of the location', async () => {
    const tenant = await makeTenant(ctx.db);
    const unitId = Object.values(tenant.units)[0] as string;
    const location = (await makeLocation(ctx.db, tenant)).id;
    const elsewhere = (await makeLocation(ctx.db, tenant)).id;
    const concern = (await makeConcern(ctx.db, tenant, { responsibleUnitId: unitId })).id;
    const desk = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['intake'] }));
    const counter = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['case_worker'], unitIds: [unitId] }));

    const screen = await openScreen(`/api/public/${tenant.slug}/intake/locations/${location}/display/events`);
    const other = await openScreen(`/api/public/${tenant.slug}/intake/locations/${elsewhere}/display/events`);
    try {
      assert.equal(screen.response.statusCode, 200);
      assert.match(String(screen.response.headers['content-type']), /^text\/event-stream/);
      await screen.next('ready');

      const kiosk = await ctx.app.inject({ method: 'POST', url: `/api/public/${tenant.slug}/intake/locations/${location}/tickets`, payload: {} });
      const number = (kiosk.json() as { number: number }).number;
      const issued = await screen.next('issued');
      assert.equal(issued.data.number, number);
      assert.equal('tenantId' in issued.data, false, 'the screen is not told internal ids it does not need');

      const ticketId = ((await desk.inject({ method: 'GET', url: `/api/intake/locations/${location}/tickets` })).json() as { items: Array<{ id: string }> }).items[0]?.id;
      await desk.inject({ method: 'POST', url: `/api/intake/tickets/${ticketId}/triage`, payload: { concernId: concern } });
      await screen.next('changed');
      await counter.inject({ method: 'POST', url: '/api/intake/call-next', payload: { locationId: location, unitId, counterName: 'Schalter 7' } });
      const called = await screen.next('called');
      assert.deepEqual([called.data.number, called.data.counterName], [number, 'Schalter 7']);
      await counter.inject({ method: 'POST', url: `/api/intake/tickets/${ticketId}/recall`, payload: {} });
      assert.equal((await screen.next('recalled')).data.number, number);

      assert.deepEqual(other.frames.map((frame) => frame.event), ['ready'], 'the screen of another location hears nothing');
    } finally {
      screen.close();
      other.close();
    }
  });

  it('answers an unknown location with 404 instead of a stream', async () => {
    const tenant = await makeTenant(ctx.db);
    const response = await ctx.app.inject({ method: 'GET', url: `/api/public/${tenant.slug}/intake/locations/6f1c7f53-9f55-4f2e-a8e5-4b7a0f7d4a11/display/events` });
    assert.equal(response.statusCode, 404);
  });
});
