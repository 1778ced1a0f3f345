import type { FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import type { RequestAuth, Role } from '../../platform/http/policy.js';
import { sha256 } from './secrets.js';
import { SessionCache } from './session-cache.js';
import { SESSION_COOKIE } from './sessions.js';

// Resolving the session cookie to who is calling, on every request.

// last_seen_at is written at most this often, not on every request.
const TOUCH_INTERVAL_MS = 60_000;

interface SessionEntry {
  id: string;
  tenantId: string;
  staffId: string;
  stage: 'totp' | 'enrol' | 'full';
  csrfToken: string;
  authMethod: 'password' | 'oidc';
  lastSeenAt: number;
  expiresAt: number;
  displayName: string;
  email: string;
  roles: Role[];
  unitIds: string[];
  usable: boolean;
}

async function loadSession(db: Database, id: string): Promise<SessionEntry | undefined> {
  // One statement, no transaction, as the owner: the tenant is not known yet.
  const row = await db.kysely
    .selectFrom('sessions as s')
    .innerJoin('staff as st', 'st.id', 's.staff_id')
    .select((eb) => [
      's.id', 's.tenant_id', 's.staff_id', 's.stage', 's.csrf_token', 's.auth_method', 's.last_seen_at', 's.expires_at', 's.revoked_at',
      'st.display_name', 'st.email', 'st.roles', 'st.status',
      eb.fn
        .coalesce(
          eb.selectFrom('staff_units as su').whereRef('su.staff_id', '=', 'st.id').select((inner) => inner.fn.agg<string[]>('array_agg', ['su.unit_id']).as('ids')),
          eb.val<string[]>([]),
        )
        .as('unit_ids'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    staffId: row.staff_id,
    stage: row.stage,
    csrfToken: row.csrf_token,
    authMethod: row.auth_method,
    lastSeenAt: row.last_seen_at.getTime(),
    expiresAt: row.expires_at.getTime(),
    displayName: row.display_name,
    email: row.email,
    roles: row.roles as Role[],
    unitIds: row.unit_ids ?? [],
    usable: !row.revoked_at && row.status === 'active',
  };
}

/** Resolves the session cookie to who is calling, or null. */
export function sessionAuthenticator(db: Database, config: Config, bus: EventBus) {
  const cache = new SessionCache<SessionEntry>(bus);
  return async (request: FastifyRequest): Promise<RequestAuth | null> => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return null;
    const id = sha256(token);
    const now = Date.now();
    let session = cache.get(id, now);
    if (!session) {
      session = await loadSession(db, id);
      if (!session) return null;
      cache.set(id, session, now);
    }
    if (!session.usable || session.expiresAt <= now) return null;
    if (session.lastSeenAt + config.sessionIdleMinutes * 60_000 <= now) return null;
    if (now - session.lastSeenAt > TOUCH_INTERVAL_MS) {
      await db.kysely.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id', '=', id).execute();
      session.lastSeenAt = now;
    }
    return {
      sessionId: session.id,
      tenantId: session.tenantId,
      staffId: session.staffId,
      displayName: session.displayName,
      email: session.email,
      roles: session.roles,
      unitIds: session.unitIds,
      stage: session.stage,
      csrfToken: session.csrfToken,
      authMethod: session.authMethod,
    };
  };
}
