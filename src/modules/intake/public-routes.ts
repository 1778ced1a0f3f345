import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config/config.js';
import { withTenant, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { errors } from '../../platform/http/schemas.js';
import { findTenantBySlug } from '../access/index.js';
import { publicRateLimit, type RateRule } from '../services/index.js';
import { displaySnapshot, DisplaySnapshot } from './display.js';
import type { DisplayHub } from './display-hub.js';
import { countKioskIssue } from './kiosk-throttle.js';
import { ConcernGroup, KioskTicketBody, PublicLocationParams } from './schemas.js';
import { issueTicket, loadLocation } from './tickets.js';

// Public routes of a location: the kiosk that hands out numbers and the
// waiting-room display. No session; the tenant comes from the address. The
// answers carry numbers, counters and unit names, never personal data.

const KIOSK_ACTOR = { id: null, label: 'Kiosk' };
/**
 * A screen loads the snapshot at most every 3 s and opens one event stream;
 * an office may run a dozen screens behind one address. Beyond that, someone
 * is hammering the route.
 */
export const DISPLAY_RULE: RateRule = { limit: 300, windowSeconds: 60 };
const TENANT_CACHE_MS = 60_000;

export function registerIntakePublicRoutes(parent: FastifyInstance, db: Database, config: Config, clock: Clock, hub: DisplayHub): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['intake (public)'];
  const displayLimited = publicRateLimit(db, 'display', DISPLAY_RULE);

  // The kiosk and the screens ask many times a minute; the slug → tenant
  // mapping practically never changes, so each process keeps it briefly.
  const tenants = new Map<string, { id: string | null; until: number }>();
  async function tenantId(slug: string): Promise<string> {
    const cached = tenants.get(slug);
    if (cached && cached.until > Date.now()) {
      if (!cached.id) throw new AppError('NOT_FOUND', `tenant ${slug}`);
      return cached.id;
    }
    const tenant = await findTenantBySlug(db, slug);
    tenants.set(slug, { id: tenant?.id ?? null, until: Date.now() + TENANT_CACHE_MS });
    if (!tenant) throw new AppError('NOT_FOUND', `tenant ${slug}`);
    return tenant.id;
  }

  app.post('/api/public/:tenantSlug/intake/locations/:locationId/tickets', {
    config: { policy: { access: 'public' } },
    schema: {
      tags, summary: 'Draw a number at the kiosk (no personal data); rate-limited per address',
      params: PublicLocationParams,
      body: Type.Object({ concernGroup: Type.Optional(Type.Union([ConcernGroup, Type.Null()])) }, { additionalProperties: false }),
      response: { 201: KioskTicketBody, ...errors(400, 404, 429) },
    },
  }, async (request, reply) => {
    const tenant = await tenantId(request.params.tenantSlug);
    const now = clock.now();
    const issued = await withTenant(db, tenant, (tx) =>
      issueTicket(tx, tenant, KIOSK_ACTOR, {
        locationId: request.params.locationId, kind: 'walk_in', scheduledAt: null, concernGroup: request.body?.concernGroup ?? null,
        concernId: null, personId: null, via: 'kiosk',
      }, now, { beforeIssue: (inner) => countKioskIssue(inner, tenant, `${request.params.locationId}:${request.ip}`, config.kioskTicketsPerMinute, now) }),
    );
    return reply.status(201).send({
      number: issued.ticket.number, day: issued.ticket.day, locationName: issued.locationName, issuedAt: issued.ticket.issuedAt,
      ticketsBefore: issued.ticketsBefore, estimatedWaitMinutes: issued.estimatedWaitMinutes,
    });
  });

  app.get('/api/public/:tenantSlug/intake/locations/:locationId/display', {
    config: { policy: { access: 'public' } },
    onRequest: displayLimited,
    schema: { tags, summary: 'What the waiting-room screen shows now; rate-limited per address', params: PublicLocationParams, response: { 200: DisplaySnapshot, ...errors(400, 404, 429) } },
  }, async (request) => {
    const tenant = await tenantId(request.params.tenantSlug);
    return withTenant(db, tenant, async (tx) => {
      const location = await loadLocation(tx, request.params.locationId);
      if (!location) throw new AppError('NOT_FOUND', `location ${request.params.locationId}`);
      return displaySnapshot(tx, location, clock.now());
    });
  });

  app.get('/api/public/:tenantSlug/intake/locations/:locationId/display/events', {
    config: { policy: { access: 'public' } },
    onRequest: displayLimited,
    schema: {
      tags, summary: 'Server-sent events for the screen: issued, called, recalled, changed (text/event-stream); rate-limited per address',
      params: PublicLocationParams, response: { 200: Type.String({ description: 'text/event-stream' }), ...errors(400, 404, 429) },
    },
  }, async (request, reply) => {
    const tenant = await tenantId(request.params.tenantSlug);
    const location = await withTenant(db, tenant, (tx) => loadLocation(tx, request.params.locationId));
    if (!location) throw new AppError('NOT_FOUND', `location ${request.params.locationId}`);
    // From here on the stream belongs to the hub, not to Fastify's reply cycle.
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    // A reconnecting screen fetches the snapshot again; retry after 2 s.
    reply.raw.write(`retry: 2000\nevent: ready\ndata: {}\n\n`);
    hub.attach(tenant, location.id, reply.raw);
  });
}
