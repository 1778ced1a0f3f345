// Login, second factor, enrolment, logout and invitations.
import { ApiError, apiRequest, setCsrfToken } from './client';
import type {
  EnrolmentConfirm,
  EnrolmentStart,
  Invitation,
  OidcConfig,
  Session,
  StageResponse,
} from './types';

/** Returns null when nobody is logged in (401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await apiRequest<Session>('/api/auth/session', { expectUnauthenticated: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(email: string, password: string): Promise<StageResponse> {
  const result = await apiRequest<StageResponse>('/api/auth/login', {
    method: 'POST',
    body: { email, password },
    expectUnauthenticated: true,
  });
  setCsrfToken(result.csrfToken);
  return result;
}

export async function verifyTotp(code: string): Promise<StageResponse> {
  const result = await apiRequest<StageResponse>('/api/auth/totp', {
    method: 'POST',
    body: { code },
    expectUnauthenticated: true,
  });
  setCsrfToken(result.csrfToken);
  return result;
}

export function startEnrolment(): Promise<EnrolmentStart> {
  return apiRequest<EnrolmentStart>('/api/auth/enrolment/start', { method: 'POST', body: {} });
}

export async function confirmEnrolment(code: string): Promise<EnrolmentConfirm> {
  const result = await apiRequest<EnrolmentConfirm>('/api/auth/enrolment/confirm', {
    method: 'POST',
    body: { code },
    expectUnauthenticated: true,
  });
  setCsrfToken(result.csrfToken);
  return result;
}

export async function logout(everywhere: boolean): Promise<void> {
  await apiRequest<void>(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', {
    method: 'POST',
    expectUnauthenticated: true,
  });
  // Only forgotten on success, so a failed attempt can be retried with the token.
  setCsrfToken(null);
}

export function fetchOidcConfig(): Promise<OidcConfig> {
  return apiRequest<OidcConfig>('/api/auth/oidc/config', { expectUnauthenticated: true });
}

/** The provider redirect must be a full page load, not a fetch. */
export const OIDC_START_URL = '/api/auth/oidc/start';

export function fetchInvitation(token: string): Promise<Invitation> {
  return apiRequest<Invitation>(`/api/invitations/${encodeURIComponent(token)}`, {
    expectUnauthenticated: true,
  });
}

export function acceptInvitation(token: string, password: string): Promise<void> {
  return apiRequest<void>(`/api/invitations/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: { password },
    expectUnauthenticated: true,
  });
}
