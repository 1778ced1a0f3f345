import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config/config.js';
import type { Tx } from '../../platform/db/index.js';
import { announceSessionChange } from './session-cache.js';
import { randomToken, sha256 } from './secrets.js';

// Sessions live in the database so that any number of app processes can serve
// one district. The cookie holds a random token; the database only its hash,
// so a leaked database dump does not hand out sessions.

export const SESSION_COOKIE = 'lotse_session';

export interface NewSession {
  token: string;
  id: string;
  csrfToken: string;
}

export async function createSession(
  tx: Tx,
  config: Config,
  input: { tenantId: string; staffId: string; stage: 'totp' | 'enrol' | 'full'; authMethod: 'password' | 'oidc' },
): Promise<NewSession> {
  const token = randomToken();
  const id = sha256(token);
  const csrfToken = randomToken(24);
  await tx
    .insertInto('sessions')
    .values({
      tenant_id: input.tenantId,
      id,
      staff_id: input.staffId,
      stage: input.stage,
      csrf_token: csrfToken,
      auth_method: input.authMethod,
      expires_at: new Date(Date.now() + config.sessionMaxHours * 3_600_000),
    })
    .execute();
  return { token, id, csrfToken };
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https:'),
    maxAge: config.sessionMaxHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function revokeSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
  await announceSessionChange(tx, { sessionId });
}

/** Ends every session of a staff member: "log out everywhere", deactivation, role change. */
export async function revokeAllSessions(tx: Tx, staffId: string): Promise<number> {
  const result = await tx
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('staff_id', '=', staffId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  await announceSessionChange(tx, { staffId });
  return Number(result.numUpdatedRows);
}
