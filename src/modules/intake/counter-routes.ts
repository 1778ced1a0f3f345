import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Clock } from '../../platform/clock.js';
import { withTenant, type Database, type Tx } from '../../platform/db/index.js';
import { requireAuth, type RequestAuth } from '../../platform/http/policy.js';
import { errors, IdParams } from '../../platform/http/schemas.js';
import { callNext, finish, recall } from './counter.js';
import { CallNextBody, CallNextResult } from './schemas.js';
import { TicketView } from './ticket-view.js';

// Routes of a counter (Schalter): call next, call again, finish, no-show.

const COUNTER = ['case_worker', 'unit_lead'] as const;

export function registerIntakeCounterRoutes(parent: FastifyInstance, db: Database, clock: Clock): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['intake'];

  app.post('/api/intake/call-next', {
    config: { policy: { access: 'staff', roles: COUNTER } },
    schema: {
      tags, summary: "Call the next ticket of one's unit (appointments due, emergencies, then walk-ins in order); ticket null when nobody waits",
      body: CallNextBody, response: { 200: CallNextResult, ...errors(400, 401, 403) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const ticket = await withTenant(db, auth.tenantId, (tx) => callNext(tx, auth, request.body, clock.now()));
    return { ticket };
  });

  const action = (path: string, summary: string, act: (tx: Tx, id: string, auth: RequestAuth, now: Date) => Promise<TicketView>) => {
    app.post(`/api/intake/tickets/:id/${path}`, {
      config: { policy: { access: 'staff', roles: COUNTER } },
      schema: { tags, summary, params: IdParams, response: { 200: TicketView, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => {
      const auth = requireAuth(request);
      return withTenant(db, auth.tenantId, (tx) => act(tx, request.params.id, auth, clock.now()));
    });
  };
  action('recall', 'Show the called number on the display again', (tx, id, auth, now) => recall(tx, auth, id, now));
  action('finish', 'The person was served', (tx, id, auth, now) => finish(tx, auth, id, 'done', now));
  action('no-show', 'Nobody came to the counter', (tx, id, auth, now) => finish(tx, auth, id, 'no_show', now));
}
