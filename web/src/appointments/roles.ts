/** Who plans schedules, releases and draws (the server's PLANNERS in staff-routes.ts). */
export const PLANNER_ROLES = ['admin', 'unit_lead'] as const;
