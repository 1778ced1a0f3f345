import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from '../../platform/config/config.js';
import type { Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { errors } from '../../platform/http/schemas.js';
import { describeOidcError, oidcConfiguration, type OidcConfiguration } from './oidc-client.js';
import { completeOidcLogin, redirectUriFor, startOidcLogin, STATE_TTL_MS, type RefusalCode } from './oidc-login.js';
import { setSessionCookie } from './sessions.js';

// Login through the district's OpenID Connect provider (Keycloak and similar).
// Both steps are browser navigations, so they answer with redirects: to the
// provider, back to the app, or to the login page with an error code.

/** Ties a started login to the browser that started it (login CSRF). */
const STATE_COOKIE = 'lotse_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

const Redirect = Type.Null({ description: 'Redirect; the target is in the Location header' });
const param = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const CallbackQuery = Type.Object(
  {
    code: param(4096),
    state: param(512),
    // Sent by providers along with the code (RFC 9207, OIDC session management) or instead of it.
    iss: param(2048),
    session_state: param(2048),
    error: param(256),
    error_description: param(2048),
  },
  { additionalProperties: true },
);

const toLogin = (reply: FastifyReply, code: RefusalCode) => reply.redirect(`/login?error=${code}`, 302);

export function registerOidcRoutes(parent: FastifyInstance, db: Database, config: Config): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const settings = config.oidc;
  const configuration: () => Promise<OidcConfiguration> = settings ? oidcConfiguration(settings) : () => Promise.reject(new AppError('OIDC_NOT_CONFIGURED'));

  app.get('/api/auth/oidc/config', {
    config: { policy: { access: 'public' } },
    schema: { tags: ['auth'], summary: 'Whether login through the identity provider is offered', response: { 200: Type.Object({ enabled: Type.Boolean(), label: Type.String() }) } },
  }, async () => ({ enabled: Boolean(config.oidc), label: config.oidc?.label ?? '' }));

  app.get('/api/auth/oidc/start', {
    config: { policy: { access: 'public' } },
    schema: {
      tags: ['auth'],
      summary: 'Begin login at the identity provider (browser navigation)',
      description: 'Redirects to the provider with state, nonce and PKCE; on failure to /login?error=OIDC_LOGIN_FAILED.',
      response: { 302: Redirect, ...errors(404) },
    },
  }, async (request, reply) => {
    if (!settings) throw new AppError('OIDC_NOT_CONFIGURED');
    reply.header('cache-control', 'no-store');
    let started;
    try {
      started = await startOidcLogin(db, config, await configuration());
    } catch (error) {
      request.log.error({ oidc: describeOidcError(error) }, 'OIDC login could not start (provider discovery failed)');
      return toLogin(reply, 'OIDC_LOGIN_FAILED');
    }
    reply.setCookie(STATE_COOKIE, started.state, {
      path: STATE_COOKIE_PATH,
      httpOnly: true,
      // Lax, not Strict: the cookie must come along on the provider's redirect back.
      sameSite: 'lax',
      secure: config.publicUrl.startsWith('https:'),
      maxAge: STATE_TTL_MS / 1000,
    });
    return reply.redirect(started.url.href, 302);
  });

  app.get('/api/auth/oidc/callback', {
    config: { policy: { access: 'public' } },
    schema: {
      tags: ['auth'],
      summary: 'Return from the identity provider (browser navigation)',
      description: 'Opens a full session and redirects to /, or redirects to /login?error=OIDC_LOGIN_FAILED | OIDC_NO_ROLE | AUTH_ACCOUNT_DISABLED.',
      querystring: CallbackQuery,
      response: { 302: Redirect, ...errors(400, 404) },
    },
  }, async (request, reply) => {
    if (!settings) throw new AppError('OIDC_NOT_CONFIGURED');
    reply.header('cache-control', 'no-store');
    const browserState = request.cookies[STATE_COOKIE];
    reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
    // The parameters exactly as the provider sent them, on the registered redirect address.
    const queryAt = request.url.indexOf('?');
    const callbackUrl = new URL(redirectUriFor(config) + (queryAt >= 0 ? request.url.slice(queryAt) : ''));

    let outcome;
    try {
      outcome = await completeOidcLogin(db, config, await configuration(), { callbackUrl, browserState, address: request.ip });
    } catch (error) {
      request.log.error({ oidc: describeOidcError(error) }, 'OIDC login failed unexpectedly');
      return toLogin(reply, 'OIDC_LOGIN_FAILED');
    }
    if (!outcome.ok) {
      const level = outcome.code === 'OIDC_LOGIN_FAILED' ? 'warn' : 'info';
      request.log[level]({ code: outcome.code, reason: outcome.reason, oidc: outcome.detail }, 'OIDC login refused');
      return toLogin(reply, outcome.code);
    }
    setSessionCookie(reply, config, outcome.session.token);
    request.log.info({ staffId: outcome.staffId, tenantId: outcome.tenantId }, 'OIDC login');
    return reply.redirect('/', 302);
  });
}
