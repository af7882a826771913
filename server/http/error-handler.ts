import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ErrorCode } from '../../common/api/error-envelope.ts';
import { AppError } from '../errors.ts';

// body-parser's error types, in words a client developer can act on.
const BODY_ERRORS: Record<string, [number, ErrorCode, string]> = {
  'entity.too.large': [413, 'payload_too_large', 'The request body is too large.'],
  'entity.parse.failed': [400, 'bad_request', 'The request body is not valid JSON.'],
  'charset.unsupported': [415, 'unsupported_media_type', 'Send the request body as UTF-8 JSON.'],
  'encoding.unsupported': [
    415,
    'unsupported_media_type',
    'The Content-Encoding of the request body is not supported.',
  ],
};

/**
 * Express's own errors (body parser, router) carry a status; they become our envelope too. Their
 * messages are shown only when they say they may be (`expose`); zlib's, for one, are not helpful.
 */
function fromHttpError(error: {
  status?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
  errno?: unknown;
}) {
  const known = typeof error.type === 'string' ? BODY_ERRORS[error.type] : undefined;
  if (known) return new AppError(...known);
  const status = typeof error.status === 'number' ? error.status : 500;
  if (status === 413) return new AppError(...BODY_ERRORS['entity.too.large']!);
  if (status < 400 || status >= 500) return null;
  // The router fails to decode a parameter like "%E0%A4%A" with a URIError.
  if (error instanceof URIError) {
    return new AppError(400, 'bad_request', 'The URL is not validly percent-encoded.');
  }
  // zlib's errors (gzip, deflate, brotli) carry a numeric errno.
  if (typeof error.errno === 'number') {
    return new AppError(400, 'bad_request', 'The request body could not be decompressed.');
  }
  const code: ErrorCode = status === 404 ? 'not_found' : 'bad_request';
  const message =
    error.expose && typeof error.message === 'string' && error.message
      ? error.message
      : 'The request could not be understood.';
  return new AppError(status, code, message);
}

export const apiNotFound: RequestHandler = (req) => {
  throw new AppError(404, 'not_found', `No API route ${req.method} ${req.baseUrl}${req.path}.`);
};

/** The one place errors become responses: our envelope, a fitting status, no internals. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError =
      error instanceof AppError
        ? error
        : ((typeof error === 'object' && error !== null ? fromHttpError(error) : null) ??
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
