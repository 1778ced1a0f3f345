// The one place that talks HTTP to the Lotse server. It adds what every call
// needs (cookies, CSRF token, Accept-Language) and turns error bodies of the
// form {"error":{"code","message"}} into ApiError, so pages only deal with data
// or one error type.
import i18n from '../i18n';

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    /** Stable error code from the server, or a client-side one (NETWORK_ERROR, BAD_RESPONSE). */
    readonly code: string,
    /** Human text from the server, already in the requested language; may be empty. */
    message: string,
    /** Seconds from the Retry-After header (rate limiting), if any. */
    readonly retryAfterSeconds: number | null = null,
    /** The server's structured hints (e.g. which entries of an import failed), if any. */
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// The CSRF token comes from the login steps or GET /api/auth/session. It is
// kept in memory only: the session cookie is HttpOnly, and a reload fetches the
// session (and so the token) again.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// When the server says the session is over (AUTH_REQUIRED), whoever holds the
// session state must forget it; the client only announces the fact.
type AuthRequiredListener = () => void;
const authRequiredListeners = new Set<AuthRequiredListener>();

export function onAuthRequired(listener: AuthRequiredListener): () => void {
  authRequiredListeners.add(listener);
  return () => authRequiredListeners.delete(listener);
}

// The server answers in German or English. For Arabic we ask for English
// before German, because more Arabic-speaking staff read English than German;
// known error codes are translated on the client anyway (see useErrorText).
function acceptLanguage(): string {
  const lng = i18n.language;
  if (lng === 'en') return 'en, de;q=0.5';
  if (lng === 'ar') return 'ar, en;q=0.8, de;q=0.5';
  return 'de, en;q=0.5';
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  let code = `HTTP_${response.status}`;
  let message = '';
  let details: Record<string, unknown> | null = null;
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'error' in body) {
      const error = (body as { error: unknown }).error;
      if (error && typeof error === 'object') {
        const e = error as { code?: unknown; message?: unknown };
        if (typeof e.code === 'string') code = e.code;
        if (typeof e.message === 'string') message = e.message;
        const d = (error as { details?: unknown }).details;
        if (d && typeof d === 'object' && !Array.isArray(d)) details = d as Record<string, unknown>;
      }
    }
  } catch {
    // Not JSON (e.g. a proxy error page): keep the generic code.
  }
  return new ApiError(response.status, code, message, retryAfter, details);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Set for calls where 401 is an expected answer rather than "your session
   * ended" (checking the session on start-up).
   */
  expectUnauthenticated?: boolean;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': acceptLanguage(),
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', '');
  }

  if (!response.ok) {
    const error = await readError(response);
    if (error.code === 'AUTH_REQUIRED' && !options.expectUnauthenticated) {
      csrfToken = null;
      for (const listener of authRequiredListeners) listener();
    }
    throw error;
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, 'BAD_RESPONSE', '');
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A half-finished login that the server no longer accepts: start again with the password. */
export function isLoginRestartNeeded(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === 'AUTH_REQUIRED' || error.code === 'AUTH_WRONG_STAGE' || error.code === 'AUTH_SECOND_FACTOR_REQUIRED')
  );
}
