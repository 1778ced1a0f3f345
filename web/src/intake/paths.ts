// Addresses of the entrance zone's pages. Kiosk and display are public and
// carry the district and location in the address, so a kiosk or screen is
// set up by opening one link.
export const intakePaths = {
  desk: '/eingangszone',
  counter: '/eingangszone/schalter',
  kiosk: '/eingangszone/:tenantSlug/:locationId/kiosk',
  display: '/eingangszone/:tenantSlug/:locationId/anzeige',
} as const;

export function publicPath(pattern: string, tenantSlug: string, locationId: string): string {
  return pattern.replace(':tenantSlug', encodeURIComponent(tenantSlug)).replace(':locationId', encodeURIComponent(locationId));
}

export const DESK_ROLES = ['intake'] as const;
export const COUNTER_ROLES = ['case_worker', 'unit_lead'] as const;
