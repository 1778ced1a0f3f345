// Holds who is logged in. The server is the only source of truth: the state
// is loaded from GET /api/auth/session on start and after each login step,
// and dropped as soon as any call reports AUTH_REQUIRED.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchSession, logout as apiLogout } from '../api/auth';
import { ApiError, onAuthRequired, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; reason: 'none' | 'ended' | 'loggedOut' }
  | { status: 'present'; session: Session };

interface SessionApi {
  state: SessionState;
  /** Asks the server again; returns the new session (or null). */
  refresh: () => Promise<Session | null>;
  logout: (everywhere: boolean) => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const session = await fetchSession();
      setState(session ? { status: 'present', session } : { status: 'anonymous', reason: 'none' });
      return session;
    } catch (error) {
      setState({ status: 'error', error });
      throw error;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => {
      // Shown by the app as a start-up error with a retry button.
    });
  }, [refresh]);

  useEffect(
    () => onAuthRequired(() => setState({ status: 'anonymous', reason: 'ended' })),
    [],
  );

  const logout = useCallback(async (everywhere: boolean) => {
    try {
      await apiLogout(everywhere);
    } catch (error) {
      // 401: the session was already over, which is what the user wanted.
      // Anything else is reported, so nobody believes they are logged out when they are not.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      setCsrfToken(null);
    }
    setState({ status: 'anonymous', reason: 'loggedOut' });
  }, []);

  const value = useMemo(() => ({ state, refresh, logout }), [state, refresh, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSessionState outside SessionProvider');
  return api;
}

/** For pages behind RequireSession: the session is known to be complete there. */
export function useSession(): Session {
  const { state } = useSessionState();
  if (state.status !== 'present') throw new Error('useSession without a session');
  return state.session;
}

export function hasAnyRole(session: Session, roles: readonly string[]): boolean {
  return session.user.roles.some((role) => roles.includes(role));
}
