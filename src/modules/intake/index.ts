import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import { registerIntakeCounterRoutes } from './counter-routes.js';
import { DisplayHub } from './display-hub.js';
import { registerIntakePublicRoutes } from './public-routes.js';
import { registerIntakeDeskRoutes } from './staff-routes.js';

// The entrance zone (Eingangszone): walk-in tickets, triage, counters and the
// waiting-room display.

export function registerIntakeRoutes(app: FastifyInstance, db: Database, config: Config, clock: Clock, bus: EventBus): void {
  const hub = new DisplayHub(bus);
  app.addHook('onReady', async () => hub.start());
  // Open screens would keep the server from closing.
  app.addHook('preClose', async () => hub.stop());
  registerIntakeDeskRoutes(app, db, clock);
  registerIntakeCounterRoutes(app, db, clock);
  registerIntakePublicRoutes(app, db, config, clock, hub);
}

export { issueTicket, triageTicket, forwardTicket, linkPerson } from './tickets.js';
export { callNext, finish, recall } from './counter.js';
export { pickNext, callOrder } from './call-order.js';
