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

export const BAD_PERCENT_ENCODING = 'Your request URL is not validly percent-encoded.';

/**
 * Refuses a path that cannot be decoded before any route sees it: the router would otherwise
 * fail on it only when a parameter is decoded, and a static segment would read as "not found".
 */
export const wellEncodedPath: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    return next(new LibraryError(400, BAD_PERCENT_ENCODING));
  }
  next();
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

// body-parser's error types; the messages name the header or body that was refused.
const BODY_ERRORS: Readonly<Record<string, [number, string]>> = {
  'entity.parse.failed': [400, 'Your request body is not valid JSON.'],
  'entity.too.large': [413, 'Your request body is too large.'],
  'encoding.unsupported': [
    415,
    'Your request has an unsupported Content-Encoding. Send the body as is, or with gzip, deflate or br.',
  ],
  'charset.unsupported': [415, 'Your request body has an unsupported charset. Send it as UTF-8.'],
};

interface HttpErrorLike {
  type?: unknown;
  status?: unknown;
  errno?: unknown;
}

function toLibraryError(error: unknown): LibraryError | null {
  if (error instanceof LibraryError) return error;
  if (typeof error !== 'object' || error === null) return null;
  const { type, status, errno } = error as HttpErrorLike;
  const body = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
  if (body) return new LibraryError(...body);
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  // zlib's errors (a body that says it is gzip, deflate or br but is not) carry a numeric errno.
  if (typeof errno === 'number') {
    return new LibraryError(
      400,
      'Your request body could not be decompressed as its Content-Encoding says.',
    );
  }
  if (status === 413) return new LibraryError(...BODY_ERRORS['entity.too.large']!);
  return new LibraryError(status, 'Your request body could not be read.');
}
