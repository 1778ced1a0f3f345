import { roles, type Role } from '../../platform/http/policy.js';

// Which Lotse roles an identity provider grants. The provider is the source of
// truth for a staff member who logs in through it; only roles named in the
// operator's map count, everything else the provider sends grants nothing.

/**
 * The value of a claim by name, or by a dotted path into nested objects
 * (Keycloak puts realm roles at `realm_access.roles`). A claim whose own name
 * contains dots (namespaced claims like `https://example.org/roles`) wins over
 * the path reading.
 */
export function claimAt(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let current: unknown = claims;
  for (const part of name.split('.')) {
    if (!current || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The provider's role values: an array of strings or a single string; anything else is none. */
export function providerRoles(claims: Readonly<Record<string, unknown>>, roleClaim: string): string[] {
  const value = claimAt(claims, roleClaim);
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  return [];
}

/** Lotse roles granted by the claims, sorted and without duplicates. */
export function mapProviderRoles(claims: Readonly<Record<string, unknown>>, roleClaim: string, roleMap: Readonly<Record<string, string>>): Role[] {
  const granted = new Set<Role>();
  for (const providerRole of providerRoles(claims, roleClaim)) {
    if (!Object.hasOwn(roleMap, providerRole)) continue;
    const mapped = roleMap[providerRole];
    if ((roles as readonly string[]).includes(mapped as string)) granted.add(mapped as Role);
  }
  return [...granted].sort();
}
