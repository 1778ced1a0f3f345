import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/index.js';
import type { BookingContext } from './context.js';
import { Gate } from './gate.js';
import { createMailer, type Mailer } from './mailer.js';
import { powSettings } from './proof-of-work.js';
import { registerPublicBookingRoutes } from './public-routes.js';
import { registerStaffAppointmentRoutes } from './staff-routes.js';

// Online booking: schedules, slots, reserve → confirm → cancel/rebook,
// draws, reminders, the staff day list.

export function bookingContext(config: Config, db: Database, clock: Clock, log: { warn(obj: object, msg: string): void }, mailer?: Mailer): BookingContext {
  return {
    db, clock, mailer: mailer ?? createMailer(config.mail, log), pow: powSettings(config.booking), publicUrl: config.publicUrl, booking: config.booking,
    // Leave a few connections for staff, sessions and the mail bookkeeping.
    gate: new Gate(Math.max(1, config.databasePoolSize - 3)),
  };
}

export function registerAppointmentRoutes(app: FastifyInstance, db: Database, config: Config, clock: Clock): void {
  const context = bookingContext(config, db, clock, app.log);
  app.addHook('onClose', async () => context.mailer.close());
  registerPublicBookingRoutes(app, context);
  registerStaffAppointmentRoutes(app, context);
}

export { sendReminders } from './reminders.js';
export { markAttendance } from './day-list.js';
export { allocateDraw } from './lottery.js';
export { planSlots } from './slot-generation.js';
export type { BookingContext } from './context.js';
export { seedDemoSchedules } from './demo.js';
