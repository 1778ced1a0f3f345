import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError, languageFrom } from '../errors/index.js';
import { isConnectionError } from '../db/index.js';

// Turns every failure into `{ error: { code, message } }` with a stable code.
// Only the catalogue's safe message leaves the server; the detail goes to the log.

const fastifyCodes: Record<string, AppError['code']> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as FastifyError & { validation?: unknown[]; validationContext?: string };
  if (fastifyError?.validation) {
    const issues = (fastifyError.validation as Array<{ instancePath?: string; message?: string; params?: Record<string, unknown> }>).map((issue) => ({
      where: `${fastifyError.validationContext ?? 'body'}${issue.instancePath ?? ''}`,
      problem: issue.message ?? 'invalid',
      ...(issue.params && 'missingProperty' in issue.params ? { missing: issue.params.missingProperty } : {}),
      ...(issue.params && 'additionalProperty' in issue.params ? { unexpected: issue.params.additionalProperty } : {}),
    }));
    return new AppError('VALIDATION_FAILED', fastifyError.message, { issues });
  }
  const mapped = fastifyError?.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, fastifyError.message);
  if (fastifyError?.statusCode === 405) return new AppError('METHOD_NOT_ALLOWED');
  if (isConnectionError(error)) return new AppError('DATABASE_UNAVAILABLE', (error as Error).message);
  if ((error as { code?: string })?.code === '40001' || (error as { code?: string })?.code === '23505') {
    return new AppError('CONFLICT', (error as Error).message);
  }
  return new AppError('INTERNAL_ERROR', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const language = languageFrom(request.headers['accept-language']);
  const body: { error: { code: string; message: string; details?: Record<string, unknown> } } = {
    error: { code: error.code, message: error.userMessage(language) },
  };
  if (error.fields) body.error.details = error.fields;
  if (error.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', '5');
  const retryAfter = error.fields?.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error, code: appError.code }, 'request failed');
    } else {
      request.log.info({ code: appError.code, detail: appError.detail }, 'request refused');
    }
    return sendError(request, reply, appError);
  });
}
