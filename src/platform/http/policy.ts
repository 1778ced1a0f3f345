import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../errors/index.js';

// Every route declares who may call it in `config.policy`. The hook below
// enforces it before the body is even parsed (authenticate → validate), and
// the app refuses to start if any route lacks a policy.

export const roles = ['admin', 'unit_lead', 'case_worker', 'intake', 'partner_counsellor', 'volunteer_coordinator', 'dpo'] as const;
export type Role = (typeof roles)[number];

export type Policy =
  /** Anyone, logged in or not (login, health, the public pages). */
  | { readonly access: 'public' }
  /** A session that has passed the password but not yet the second factor. */
  | { readonly access: 'pending' }
  /** A fully logged-in staff member holding one of the roles. */
  | { readonly access: 'staff'; readonly roles: readonly Role[] | 'any' };

export interface RequestAuth {
  sessionId: string;
  tenantId: string;
  staffId: string;
  displayName: string;
  email: string;
  roles: Role[];
  unitIds: string[];
  stage: 'totp' | 'enrol' | 'full';
  csrfToken: string;
  authMethod: 'password' | 'oidc';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy;
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

export type Authenticator = (request: FastifyRequest) => Promise<RequestAuth | null>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function policyOf(request: FastifyRequest): Policy | undefined {
  return request.routeOptions.config.policy;
}

/** Narrows `request.auth` for handlers behind a pending or staff policy. */
export function requireAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw new AppError('AUTH_REQUIRED');
  return request.auth;
}

export function hasRole(auth: RequestAuth, allowed: readonly Role[] | 'any'): boolean {
  return allowed === 'any' || auth.roles.some((role) => allowed.includes(role));
}

const catalogue = new WeakMap<FastifyInstance, RouteOptions[]>();

/** Every route the app registered, with its policy: for the route-by-role tests and docs. */
export function listRoutes(app: FastifyInstance): Array<{ method: string; url: string; policy: Policy | undefined }> {
  return (catalogue.get(app) ?? []).flatMap((route) =>
    (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({ method: String(method), url: route.url, policy: route.config?.policy })),
  );
}

export function registerPolicyEnforcement(app: FastifyInstance, authenticate: Authenticator): void {
  const routes: RouteOptions[] = [];
  catalogue.set(app, routes);
  app.decorateRequest('auth', null);

  // Checked when the app is ready, not when each route is added: plugins
  // (docs, static files) mark their routes public in hooks that run later.
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addHook('onReady', async () => {
    const unprotected = routes.filter((route) => !route.config?.policy).map((route) => `${String(route.method)} ${route.url}`);
    if (unprotected.length > 0) {
      throw new Error(`Routes without an access policy: ${unprotected.join(', ')}`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const policy = policyOf(request);
    // Unknown routes have no route options; the not-found handler answers them.
    if (!policy || policy.access === 'public') return;
    const auth = await authenticate(request);
    request.auth = auth;
    if (!auth) throw new AppError('AUTH_REQUIRED');
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== auth.csrfToken) {
      throw new AppError('CSRF_TOKEN_INVALID');
    }
    if (policy.access === 'pending') return;
    if (auth.stage !== 'full') throw new AppError('AUTH_SECOND_FACTOR_REQUIRED');
    if (!hasRole(auth, policy.roles)) throw new AppError('FORBIDDEN', `${request.method} ${request.routeOptions.url} needs ${String(policy.roles)}`);
  });
}
