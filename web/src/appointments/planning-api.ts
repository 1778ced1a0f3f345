// Calls of the staff page "Terminplanung": schedules, holidays, releases and
// draws (server: src/modules/appointments/staff-routes.ts), and the units,
// locations and concerns the schedule form chooses from.
import { ApiError, apiRequest } from '../api/client';

export interface OpeningInterval { weekday: number; opens: string; closes: string }
export interface Schedule {
  id: string; unitId: string; locationId: string; openingHours: OpeningInterval[]; timeZone: string; counters: number;
  onlinePercent: number; bookingWindowDays: number; cooldownMinutes: number;
  concerns: Array<{ concernId: string; slotMinutes: number }>;
  holidays: Array<{ day: string; label: string }>;
  releases: Array<{ concernId: string; slots: number; online: number; firstStartsAt: string; lastStartsAt: string }>;
  draws: Array<{ id: string; concernId: string; requestsOpenAt: string; requestsCloseAt: string; status: string; drawnAt: string | null }>;
}
export interface ScheduleInput {
  unitId: string; locationId: string; openingHours: OpeningInterval[]; counters: number; onlinePercent: number;
  bookingWindowDays: number; cooldownMinutes: number; concerns: Array<{ concernId: string; slotMinutes: number }>;
}
export interface Unit { id: string; name: string; active: boolean }
export interface Place { id: string; name: string; address: string }
export interface CatalogueConcern { id: string; title: string; channel: string; durationMinutes: number | null; responsibleUnitId: string | null; active: boolean }

export interface PlanningData { schedules: Schedule[]; units: Unit[]; locations: Place[]; concerns: CatalogueConcern[] }

export async function loadPlanning(signal: AbortSignal): Promise<PlanningData> {
  const [schedules, units, locations, concerns] = await Promise.all([
    apiRequest<{ items: Schedule[] }>('/api/appointments/schedules', { signal }),
    apiRequest<{ items: Unit[] }>('/api/units', { signal }),
    apiRequest<{ items: Place[] }>('/api/locations', { signal }),
    apiRequest<{ items: CatalogueConcern[] }>('/api/concerns', { signal }),
  ]);
  return { schedules: schedules.items, units: units.items, locations: locations.items, concerns: concerns.items };
}

export const createSchedule = (input: ScheduleInput) => apiRequest<Schedule>('/api/appointments/schedules', { method: 'POST', body: input });
export const addHoliday = (scheduleId: string, holiday: { day: string; label?: string }) =>
  apiRequest<Schedule>(`/api/appointments/schedules/${encodeURIComponent(scheduleId)}/holidays`, { method: 'POST', body: holiday });
export const releaseSlots = (scheduleId: string, input: { concernId: string; fromDay: string; toDay: string; drawId?: string }) =>
  apiRequest<{ created: number; online: number }>(`/api/appointments/schedules/${encodeURIComponent(scheduleId)}/releases`, { method: 'POST', body: input });
export const createDraw = (input: { scheduleId: string; concernId: string; requestsOpenAt: string; requestsCloseAt: string }) =>
  apiRequest<{ id: string }>('/api/appointments/draws', { method: 'POST', body: input });
export const runDraw = (drawId: string) =>
  apiRequest<{ seed: string; verifiedRequests: number; slots: number; winners: number }>(`/api/appointments/draws/${encodeURIComponent(drawId)}/run`, { method: 'POST', body: {} });

/**
 * The fields a refusal names: the schema's issues ("body/counters",
 * "body/openingHours/2/opens") and the domain's problems ("openingHours[2] overlaps",
 * "unitId/locationId/concerns"), as "counters", "openingHours.2", "concerns.0" …
 * with the kind of problem ("overlaps" or "invalid").
 */
export function namedFields(error: unknown): Map<string, 'overlaps' | 'invalid'> {
  const fields = new Map<string, 'overlaps' | 'invalid'>();
  if (!(error instanceof ApiError) || !error.details) return fields;
  const { problems, issues } = error.details as { problems?: unknown; issues?: unknown };
  if (Array.isArray(problems)) {
    for (const problem of problems) {
      if (typeof problem !== 'string') continue;
      const hours = /^openingHours\[(\d+)\]/.exec(problem);
      if (hours) fields.set(`openingHours.${hours[1]}`, problem.endsWith('overlaps') ? 'overlaps' : 'invalid');
      else for (const name of problem.split('/')) fields.set(name, 'invalid');
    }
  }
  if (Array.isArray(issues)) {
    for (const issue of issues as Array<{ where?: unknown; missing?: unknown }>) {
      if (typeof issue.where !== 'string') continue;
      const path = issue.where.replace(/^body\/?/, '').split('/').filter(Boolean);
      if (typeof issue.missing === 'string') path.push(issue.missing);
      const [first, second] = path;
      if (!first) continue;
      fields.set(second !== undefined && /^\d+$/.test(second) ? `${first}.${second}` : first, 'invalid');
    }
  }
  return fields;
}
