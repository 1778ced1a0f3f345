import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from '../../platform/config/config.js';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant, type Database } from '../../platform/db/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { EmptyBody, Email, errors, NoContent } from '../../platform/http/schemas.js';
import { completeSecondFactor, confirmEnrolment, passwordLogin, startEnrolment } from './login.js';
import { clearSessionCookie, revokeAllSessions, revokeSession, setSessionCookie } from './sessions.js';

const Stage = Type.Union([Type.Literal('totp'), Type.Literal('enrol'), Type.Literal('full')]);
const StageAnswer = Type.Object({ stage: Stage, csrfToken: Type.String() });
const CodeBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });

const SessionAnswer = Type.Object({
  stage: Stage,
  csrfToken: Type.String(),
  user: Type.Object({
    id: Type.String(),
    email: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(Type.String()),
    unitIds: Type.Array(Type.String()),
  }),
  tenant: Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() }),
});

export function registerAuthRoutes(parent: FastifyInstance, db: Database, config: Config): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/auth/session', {
    config: { policy: { access: 'pending' } },
    schema: { tags: ['auth'], summary: 'Who is logged in, at which stage', response: { 200: SessionAnswer, ...errors(401) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const tenant = await withTenant(db, auth.tenantId, (tx) =>
      tx.selectFrom('tenants').select(['id', 'name', 'slug']).where('id', '=', auth.tenantId).executeTakeFirstOrThrow(),
    );
    return {
      stage: auth.stage,
      csrfToken: auth.csrfToken,
      user: { id: auth.staffId, email: auth.email, displayName: auth.displayName, roles: auth.roles, unitIds: auth.unitIds },
      tenant,
    };
  });

  app.post('/api/auth/login', {
    config: { policy: { access: 'public' } },
    schema: {
      tags: ['auth'],
      summary: 'First step: e-mail and password',
      body: Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ stage: Type.Union([Type.Literal('totp'), Type.Literal('enrol')]), csrfToken: Type.String() }), ...errors(400, 401, 403, 429) },
    },
  }, async (request, reply) => {
    const { session, stage } = await passwordLogin(db, config, { ...request.body, address: request.ip });
    setSessionCookie(reply, config, session.token);
    return { stage: stage as 'totp' | 'enrol', csrfToken: session.csrfToken };
  });

  app.post('/api/auth/totp', {
    config: { policy: { access: 'pending' } },
    schema: { tags: ['auth'], summary: 'Second step: TOTP or recovery code', body: CodeBody, response: { 200: StageAnswer, ...errors(400, 401, 403, 409, 429) } },
  }, async (request, reply) => {
    const { session, stage } = await completeSecondFactor(db, config, requireAuth(request), request.body.code, request.ip);
    setSessionCookie(reply, config, session.token);
    return { stage, csrfToken: session.csrfToken };
  });

  app.post('/api/auth/enrolment/start', {
    config: { policy: { access: 'pending' } },
    schema: {
      tags: ['auth'],
      summary: 'Begin TOTP enrolment: secret and QR code',
      body: Type.Optional(EmptyBody),
      response: { 200: Type.Object({ secret: Type.String(), otpauthUri: Type.String(), qrDataUrl: Type.String() }), ...errors(401, 403, 409) },
    },
  }, async (request) => startEnrolment(db, requireAuth(request)));

  app.post('/api/auth/enrolment/confirm', {
    config: { policy: { access: 'pending' } },
    schema: {
      tags: ['auth'],
      summary: 'Finish TOTP enrolment with a first code; returns the recovery codes once',
      body: CodeBody,
      response: { 200: Type.Object({ stage: Stage, csrfToken: Type.String(), recoveryCodes: Type.Array(Type.String()) }), ...errors(400, 401, 403, 409, 429) },
    },
  }, async (request, reply) => {
    const result = await confirmEnrolment(db, config, requireAuth(request), request.body.code, request.ip);
    setSessionCookie(reply, config, result.session.token);
    return { stage: result.stage, csrfToken: result.session.csrfToken, recoveryCodes: result.recoveryCodes };
  });

  app.post('/api/auth/logout', {
    config: { policy: { access: 'pending' } },
    schema: { tags: ['auth'], summary: 'End this session', response: { 204: NoContent, ...errors(401, 403) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withTenant(db, auth.tenantId, async (tx) => {
      await revokeSession(tx, auth.sessionId);
      await recordAudit(tx, {
        tenantId: auth.tenantId, actor: { id: auth.staffId, label: auth.displayName },
        action: 'auth.logout', subjectType: 'staff', subjectId: auth.staffId, purpose: 'Zugangssicherheit (Abmeldung)',
      });
    });
    clearSessionCookie(reply);
    return reply.status(204).send(null);
  });

  app.post('/api/auth/logout-all', {
    config: { policy: { access: 'pending' } },
    schema: { tags: ['auth'], summary: 'End every session of this account on every device', response: { 204: NoContent, ...errors(401, 403) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withTenant(db, auth.tenantId, async (tx) => {
      const ended = await revokeAllSessions(tx, auth.staffId);
      await recordAudit(tx, {
        tenantId: auth.tenantId, actor: { id: auth.staffId, label: auth.displayName },
        action: 'auth.logout_all', subjectType: 'staff', subjectId: auth.staffId, purpose: 'Zugangssicherheit (Abmeldung)',
        details: { sessionsEnded: ended },
      });
    });
    clearSessionCookie(reply);
    return reply.status(204).send(null);
  });
}
