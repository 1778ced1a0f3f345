// Which roles see which area. The server has the same rules as policies;
// these only decide what the navigation offers.
export const ADMIN_ROLES = ['admin'] as const;
export const AUDIT_ROLES = ['dpo', 'admin'] as const;
