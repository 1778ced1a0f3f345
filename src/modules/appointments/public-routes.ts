import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { findTenantBySlug } from '../access/index.js';
import { withTenant } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { errors, Uuid } from '../../platform/http/schemas.js';
import { addressLimit, confirm, reserve } from './booking.js';
import type { BookingContext } from './context.js';
import { requestDraw, verifyDrawRequest } from './draws.js';
import { freeSlots } from './free-slots.js';
import { openDraws } from './open-draws.js';
import { cancelByToken, rebookByToken, viewByToken } from './manage.js';
import { issueChallenge, type PowPayload } from './proof-of-work.js';
import { countRequest, rateLimited } from './rate-limit.js';
import { AnyEmail, Language, PersonName, Phone, Pow, presentPublic, PublicAppointment, TenantParams, Token } from './schemas.js';

// The public booking routes. No session: the tenant comes from the URL.
// Every route counts requests per client address.

const PUBLIC = { policy: { access: 'public' } } as const;

const OpenDrawSchema = Type.Object({
  id: Type.String(), concernId: Type.String(), requestsOpenAt: Type.String(), requestsCloseAt: Type.String(), accepting: Type.Boolean(),
  slots: Type.Integer(), firstSlotAt: Type.Union([Type.String(), Type.Null()]), lastSlotAt: Type.Union([Type.String(), Type.Null()]),
  location: Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() }),
});
const DrawRequestStateSchema = Type.Object({
  id: Type.String(), verified: Type.Boolean(), concernId: Type.String(), concernTitle: Type.String(), requestsCloseAt: Type.String(), drawnAt: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Enum(['pending', 'won', 'not_won']),
  slot: Type.Union([Type.Object({ startsAt: Type.String(), endsAt: Type.String(), locationName: Type.String(), locationAddress: Type.String() }), Type.Null()]),
});
const tags = ['appointments (public)'];

// Tenants are looked up by slug on every public request; during a release
// that is thousands a second, so a found tenant is remembered for a minute.
const knownTenants = new Map<string, { tenant: { id: string; slug: string }; until: number }>();

async function tenantOf(db: BookingContext['db'], slug: string) {
  const known = knownTenants.get(slug);
  if (known && known.until > Date.now()) return known.tenant;
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new AppError('NOT_FOUND', `tenant ${slug}`);
  if (knownTenants.size > 1000) knownTenants.clear();
  knownTenants.set(slug, { tenant: { id: tenant.id, slug: tenant.slug }, until: Date.now() + 60_000 });
  return tenant;
}

export function registerPublicBookingRoutes(parent: FastifyInstance, context: BookingContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const address = (request: FastifyRequest) => request.ip;

  async function countRead(tenantId: string, request: FastifyRequest, action: string) {
    const wait = await withTenant(context.db, tenantId, (tx) => countRequest(tx, tenantId, [addressLimit(context, action, address(request))], context.clock.now()));
    if (wait > 0) throw rateLimited(wait);
  }

  app.get('/api/public/:tenantSlug/appointments/challenge', {
    config: PUBLIC,
    schema: { tags, summary: 'A proof-of-work challenge (ALTCHA) to solve before reserving', params: TenantParams, response: { 200: Type.Object({ challenge: Type.Unknown() }), ...errors(404, 429) } },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    await countRead(tenant.id, request, 'challenge');
    return { challenge: await issueChallenge(context.pow, tenant.id, context.clock) };
  }));

  app.get('/api/public/:tenantSlug/appointments/slots', {
    config: PUBLIC,
    schema: {
      tags, summary: 'Free online slots of a concern', params: TenantParams, querystring: Type.Object({ concernId: Uuid }),
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), startsAt: Type.String(), endsAt: Type.String(), location: Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() }) })) }), ...errors(400, 404, 429) },
    },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    await countRead(tenant.id, request, 'slots');
    return { items: await withTenant(context.db, tenant.id, (tx) => freeSlots(tx, request.query.concernId, context.clock.now())) };
  }));

  app.post('/api/public/:tenantSlug/appointments/reservations', {
    config: PUBLIC,
    schema: {
      tags, summary: 'Reserve a slot; a code and a link to confirm are sent by e-mail', params: TenantParams,
      body: Type.Object({ slotId: Uuid, name: PersonName, email: AnyEmail, phone: Type.Optional(Phone), language: Language, pow: Pow }, { additionalProperties: false }),
      response: { 201: PublicAppointment, ...errors(400, 404, 409, 429) },
    },
  }, async (request, reply) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    const view = await reserve(context, tenant, { ...request.body, pow: request.body.pow as unknown as PowPayload }, address(request));
    return reply.status(201).send(presentPublic(view));
  }));

  app.post('/api/public/:tenantSlug/appointments/reservations/:bookingId/confirm', {
    config: PUBLIC,
    schema: {
      tags, summary: 'Confirm a reservation with the code or the link token; confirming again is harmless',
      params: Type.Object({ tenantSlug: Type.String({ maxLength: 64 }), bookingId: Uuid }),
      body: Type.Union([Type.Object({ code: Type.String({ pattern: '^\\d{6}$' }) }, { additionalProperties: false }), Type.Object({ token: Token }, { additionalProperties: false })]),
      response: { 200: PublicAppointment, ...errors(400, 404, 409, 429) },
    },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    return presentPublic(await confirm(context, tenant, request.params.bookingId, request.body, address(request)));
  }));

  const ManageParams = Type.Object({ tenantSlug: Type.String({ maxLength: 64 }), token: Token });

  app.get('/api/public/:tenantSlug/appointments/manage/:token', {
    config: PUBLIC,
    schema: { tags, summary: 'The booking behind a manage link', params: ManageParams, response: { 200: PublicAppointment, ...errors(400, 404, 429) } },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    return presentPublic(await viewByToken(context, tenant, request.params.token, address(request)));
  }));

  app.post('/api/public/:tenantSlug/appointments/manage/:token/cancel', {
    config: PUBLIC,
    schema: { tags, summary: 'Cancel through the manage link', params: ManageParams, response: { 200: PublicAppointment, ...errors(400, 404, 409, 429) } },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    return presentPublic(await cancelByToken(context, tenant, request.params.token, address(request)));
  }));

  app.post('/api/public/:tenantSlug/appointments/manage/:token/rebook', {
    config: PUBLIC,
    schema: {
      tags, summary: 'Move the booking to another slot of the same concern', params: ManageParams,
      body: Type.Object({ slotId: Uuid, pow: Pow }, { additionalProperties: false }),
      response: { 200: PublicAppointment, ...errors(400, 404, 409, 429) },
    },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    return presentPublic(await rebookByToken(context, tenant, request.params.token, { slotId: request.body.slotId, pow: request.body.pow as unknown as PowPayload }, address(request)));
  }));

  app.post('/api/public/:tenantSlug/appointments/draws/:drawId/requests', {
    config: PUBLIC,
    schema: {
      tags, summary: 'Ask to take part in a draw; a link to verify is sent by e-mail', params: Type.Object({ tenantSlug: Type.String({ maxLength: 64 }), drawId: Uuid }),
      body: Type.Object({ name: PersonName, email: AnyEmail, phone: Type.Optional(Phone), language: Language, pow: Pow }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), mailStatus: Type.String() }), ...errors(400, 404, 409, 429) },
    },
  }, async (request, reply) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    return reply.status(201).send(await requestDraw(context, tenant, request.params.drawId, { ...request.body, pow: request.body.pow as unknown as PowPayload }, address(request)));
  }));

  app.get('/api/public/:tenantSlug/appointments/draws', {
    config: PUBLIC,
    schema: {
      tags, summary: 'Draws still collecting requests (open now or opening later), optionally of one concern', params: TenantParams, querystring: Type.Object({ concernId: Type.Optional(Uuid) }),
      response: { 200: Type.Object({ items: Type.Array(OpenDrawSchema) }), ...errors(400, 404, 429) },
    },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    await countRead(tenant.id, request, 'draws');
    return { items: await withTenant(context.db, tenant.id, (tx) => openDraws(tx, context.clock.now(), request.query.concernId)) };
  }));

  app.post('/api/public/:tenantSlug/appointments/draws/verify', {
    config: PUBLIC,
    schema: {
      tags, summary: 'Verify a draw request with the link token; the same link later tells the outcome of the draw',
      params: TenantParams, body: Type.Object({ token: Token }, { additionalProperties: false }), response: { 200: DrawRequestStateSchema, ...errors(400, 404, 409, 429) },
    },
  }, async (request) => context.gate.run(async () => {
    const tenant = await tenantOf(context.db, request.params.tenantSlug);
    await countRead(tenant.id, request, 'draw-verify');
    const state = await verifyDrawRequest(context, tenant, request.body.token);
    return {
      ...state, requestsCloseAt: state.requestsCloseAt.toISOString(), drawnAt: state.drawnAt ? state.drawnAt.toISOString() : null,
      slot: state.slot && { ...state.slot, startsAt: state.slot.startsAt.toISOString(), endsAt: state.slot.endsAt.toISOString() },
    };
  }));
}
