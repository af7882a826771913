import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../errors.ts';

/** Express's own errors (body parser, etc.) carry a status; they become our envelope too. */
function fromHttpError(error: {
  status?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}) {
  const status = typeof error.status === 'number' ? error.status : 500;
  if (status === 413)
    return new AppError(413, 'payload_too_large', 'The request body is too large.');
  if (error.type === 'entity.parse.failed') {
    return new AppError(400, 'bad_request', 'The request body is not valid JSON.');
  }
  if (status >= 400 && status < 500 && error.expose) {
    return new AppError(status, 'bad_request', String(error.message));
  }
  return null;
}

export const apiNotFound: RequestHandler = (req) => {
  throw new AppError(404, 'not_found', `No API route ${req.method} ${req.path}.`);
};

/** The one place errors become responses: our envelope, a fitting status, no internals. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError =
      error instanceof AppError
        ? error
        : (fromHttpError(error) ??
          new AppError(500, 'internal', 'Something went wrong on the server.'));
    if (appError.status >= 500) {
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    } else if (appError.cause) {
      logger.warn(
        { status: appError.status, message: appError.message, url: req.originalUrl },
        'upstream refused',
      );
    }
    if (res.headersSent) return;
    res.set(appError.options.headers ?? {});
    res.status(appError.status).json(appError.toEnvelope());
  };
}
