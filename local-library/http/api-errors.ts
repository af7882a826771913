import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ERROR_HELP, LibraryError } from '../library-error.ts';

/** ImageKit tags every API response with a request id that support can look up. */
export const requestId: RequestHandler = (_req, res, next) => {
  res.set('x-ik-requestId', randomUUID());
  next();
};

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new LibraryError(404, 'The requested resource does not exist.'));
};

/**
 * Every API error leaves as `{message, help}` JSON (plus the documented extras such as
 * `errors` or `missingFileIds`); unexpected ones are logged, not shown.
 */
export function apiErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = toLibraryError(error);
    if (!known) {
      logger.error({ err: error, method: req.method, path: req.path }, 'local library API failed');
    }
    const { status, message, extra } =
      known ?? new LibraryError(500, 'An internal error occurred.');
    res.status(status).json({ message, help: ERROR_HELP, ...extra });
  };
}

function toLibraryError(error: unknown): LibraryError | null {
  if (error instanceof LibraryError) return error;
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    return new LibraryError(400, 'Your request body is not valid JSON.');
  }
  if (type === 'entity.too.large') {
    return new LibraryError(413, 'Your request body is too large.');
  }
  if ((typeof type === 'string' && type.startsWith('entity.')) || type === 'charset.unsupported') {
    return new LibraryError(400, 'Your request body could not be read.');
  }
  return null;
}
