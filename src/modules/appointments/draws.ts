import { randomUUID } from 'node:crypto';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import { withTenant, type Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { addressLimit, admitSeparately, emailLimit, phoneLimits, sendConfirmation, type Tenant } from './booking.js';
import { loadAppointment } from './appointment-view.js';
import { BOOKING_PURPOSE, emailKey, hashSecret, newCode, newToken, publicActor, type BookingContext } from './context.js';
import { allocateDraw, newDrawSeed } from './lottery.js';
import { textsFor } from './mail-texts.js';
import type { PowPayload } from './proof-of-work.js';

// Draw mode for scarce releases: during the request window people ask for
// a slot and verify their address; afterwards the slots are drawn by lot
// among the verified requests (see lottery.ts). Winners get a confirmed
// booking; the seed is kept so the allocation can be recomputed.

export async function createDraw(tx: Tx, tenantId: string, actor: Actor, input: { scheduleId: string; concernId: string; requestsOpenAt: Date; requestsCloseAt: Date }) {
  if (input.requestsCloseAt <= input.requestsOpenAt) throw new AppError('VALIDATION_FAILED', 'requests close before they open', { problems: ['requestsCloseAt'] });
  const served = await tx.selectFrom('appointment_schedule_concerns').select('concern_id').where('schedule_id', '=', input.scheduleId).where('concern_id', '=', input.concernId).executeTakeFirst();
  if (!served) throw new AppError('APPOINTMENT_CONCERN_NOT_SERVED');
  const id = randomUUID();
  await tx.insertInto('appointment_draws').values({ tenant_id: tenantId, id, schedule_id: input.scheduleId, concern_id: input.concernId, requests_open_at: input.requestsOpenAt, requests_close_at: input.requestsCloseAt }).execute();
  await recordAudit(tx, { tenantId, actor, action: 'appointment_draw.create', subjectType: 'appointment_draw', subjectId: id, purpose: 'Verwaltung der Terminvergabe' });
  return { id };
}

export async function requestDraw(context: BookingContext, tenant: Tenant, drawId: string, input: { name: string; email: string; phone?: string | undefined; language: string; pow: PowPayload }, address: string) {
  await admitSeparately(context, tenant, [addressLimit(context, 'draw', address), emailLimit(context, input.email), ...phoneLimits(context, input.phone)], input.pow);
  const token = newToken();
  const id = await withTenant(context.db, tenant.id, async (tx) => {
    const now = context.clock.now();
    const draw = await tx.selectFrom('appointment_draws').select(['id', 'status', 'requests_open_at', 'requests_close_at']).where('id', '=', drawId).executeTakeFirst();
    if (!draw) throw new AppError('NOT_FOUND', `draw ${drawId}`);
    if (draw.status !== 'collecting' || now < draw.requests_open_at || now >= draw.requests_close_at) throw new AppError('APPOINTMENT_DRAW_CLOSED');
    const requestId = randomUUID();
    const inserted = await tx.insertInto('appointment_draw_requests').values({
      tenant_id: tenant.id, id: requestId, draw_id: drawId, name: input.name.trim(), email: input.email.trim(), email_key: emailKey(input.email), phone: input.phone?.trim() || null, language: input.language, verify_token_hash: hashSecret(token),
    }).onConflict((c) => c.doNothing()).returning('id').executeTakeFirst();
    if (!inserted) throw new AppError('APPOINTMENT_DRAW_ALREADY_REQUESTED');
    await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action: 'appointment_draw.request', subjectType: 'appointment_draw_request', subjectId: requestId, purpose: BOOKING_PURPOSE });
    return requestId;
  });
  const texts = textsFor(input.language);
  const link = `${context.publicUrl}/termin/verlosung?kreis=${encodeURIComponent(tenant.slug)}&token=${token}`;
  const mailStatus = await context.mailer.send({ to: input.email, subject: texts.drawSubject, text: texts.draw(input.name, link) });
  return { id, mailStatus };
}

export interface DrawRequestState {
  id: string;
  verified: true;
  concernId: string;
  concernTitle: string;
  requestsCloseAt: Date;
  drawnAt: Date | null;
  /** pending until the draw has run; then won or not_won. */
  outcome: 'pending' | 'won' | 'not_won';
  /** The slot drawn for this request (the confirmation mail has the manage link). */
  slot: { startsAt: Date; endsAt: Date; locationName: string; locationAddress: string } | null;
}

/**
 * The link from the mail: verifies the request while requests are open;
 * opened again, it tells where the request stands, and after the draw its
 * outcome.
 */
export async function verifyDrawRequest(context: BookingContext, tenant: Tenant, token: string): Promise<DrawRequestState> {
  return withTenant(context.db, tenant.id, async (tx): Promise<DrawRequestState> => {
    const request = await tx.selectFrom('appointment_draw_requests as r').innerJoin('appointment_draws as d', 'd.id', 'r.draw_id').innerJoin('concerns as c', 'c.id', 'd.concern_id')
      .select(['r.id', 'r.verified_at', 'r.slot_id', 'd.status', 'd.requests_close_at', 'd.drawn_at', 'd.concern_id', 'c.title']).where('r.verify_token_hash', '=', hashSecret(token)).executeTakeFirst();
    if (!request) throw new AppError('APPOINTMENT_LINK_INVALID');
    const state = { id: request.id, verified: true as const, concernId: request.concern_id, concernTitle: request.title, requestsCloseAt: request.requests_close_at, drawnAt: request.drawn_at };
    if (!request.verified_at) {
      if (request.status !== 'collecting' || context.clock.now() >= request.requests_close_at) throw new AppError('APPOINTMENT_DRAW_CLOSED');
      await tx.updateTable('appointment_draw_requests').set({ verified_at: context.clock.now() }).where('id', '=', request.id).execute();
      await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action: 'appointment_draw.verify', subjectType: 'appointment_draw_request', subjectId: request.id, purpose: BOOKING_PURPOSE });
      return { ...state, outcome: 'pending', slot: null };
    }
    if (request.status !== 'drawn') return { ...state, outcome: 'pending', slot: null };
    const slot = request.slot_id
      ? await tx.selectFrom('appointment_slots as s').innerJoin('appointment_schedules as sc', 'sc.id', 's.schedule_id').innerJoin('locations as l', 'l.id', 'sc.location_id')
        .select(['s.starts_at', 's.ends_at', 'l.name', 'l.address']).where('s.id', '=', request.slot_id).executeTakeFirstOrThrow()
      : null;
    // The outcome is the person's own data, read through their link.
    await recordAudit(tx, { tenantId: tenant.id, actor: publicActor, action: 'appointment_draw.read_by_link', subjectType: 'appointment_draw_request', subjectId: request.id, purpose: BOOKING_PURPOSE });
    return {
      ...state, outcome: slot ? 'won' : 'not_won',
      slot: slot && { startsAt: slot.starts_at, endsAt: slot.ends_at, locationName: slot.name, locationAddress: slot.address },
    };
  });
}

/** After the draw's commit: each winner gets the confirmation mail with the calendar file and the manage link. */
export async function notifyWinners(context: BookingContext, tenant: Tenant, bookingIds: readonly string[]): Promise<void> {
  for (const id of bookingIds) {
    const view = await withTenant(context.db, tenant.id, (tx) => loadAppointment(tx, { id }));
    if (view) await sendConfirmation(context, tenant, view);
  }
}

/** Runs the lottery once, after requests have closed; winners get confirmed bookings of the draw's slots. */
export async function runDraw(tx: Tx, tenantId: string, actor: Actor, drawId: string, now: Date) {
  const draw = await tx.selectFrom('appointment_draws').selectAll().where('id', '=', drawId).forUpdate().executeTakeFirst();
  if (!draw) throw new AppError('NOT_FOUND', `draw ${drawId}`);
  if (draw.status !== 'collecting' || now < draw.requests_close_at) throw new AppError('APPOINTMENT_DRAW_NOT_READY');
  const requests = await tx.selectFrom('appointment_draw_requests').selectAll().where('draw_id', '=', drawId).where('verified_at', 'is not', null).orderBy('id').execute();
  const slots = await tx.selectFrom('appointment_slots').select('id').where('draw_id', '=', drawId).orderBy('starts_at').orderBy('counter').execute();
  const seed = newDrawSeed();
  const allocation = allocateDraw(seed, requests.map((r) => r.id), slots.map((s) => s.id));
  const byId = new Map(requests.map((r) => [r.id, r]));
  const bookingIds: string[] = [];
  for (const { requestId, slotId } of allocation) {
    const request = byId.get(requestId) as (typeof requests)[number];
    await tx.updateTable('appointment_draw_requests').set({ slot_id: slotId }).where('id', '=', requestId).execute();
    const bookingId = randomUUID();
    bookingIds.push(bookingId);
    await tx.insertInto('appointment_bookings').values({
      tenant_id: tenantId, id: bookingId, slot_id: slotId, concern_id: draw.concern_id, name: request.name, email: request.email, email_key: request.email_key,
      phone: request.phone, language: request.language, channel: 'draw', status: 'confirmed', confirmed_at: now,
      confirm_code_hash: hashSecret(newCode()), confirm_token_hash: hashSecret(newToken()), manage_token_hash: hashSecret(newToken()),
    }).execute();
  }
  await tx.updateTable('appointment_draws').set({ status: 'drawn', seed, drawn_at: now }).where('id', '=', drawId).execute();
  await recordAudit(tx, {
    tenantId, actor, action: 'appointment_draw.run', subjectType: 'appointment_draw', subjectId: drawId, purpose: 'Verwaltung der Terminvergabe',
    details: { seed, verifiedRequests: requests.length, slots: slots.length, winners: allocation.length },
  });
  return { seed, verifiedRequests: requests.length, slots: slots.length, winners: allocation.length, bookingIds };
}
