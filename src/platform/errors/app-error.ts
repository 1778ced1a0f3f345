import { errorCodes, type ErrorCode } from './codes.js';

export type Language = 'de' | 'en';

/**
 * The one error type of Lotse. `code` is stable, `status` is the HTTP status,
 * the user-facing message comes from the catalogue, and `detail` is for the
 * log only (it never leaves the server).
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    /** Safe, structured hints for the client (e.g. which field failed). */
    readonly fields?: Record<string, unknown>,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'AppError';
    this.status = errorCodes[code].status;
  }

  userMessage(language: Language): string {
    return errorCodes[this.code][language];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Picks de or en from an Accept-Language header; German is the default. */
export function languageFrom(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'de';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'de') return 'de';
    if (tag === 'en') return 'en';
  }
  return 'de';
}
