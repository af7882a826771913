/** What ImageKit puts in the `help` field of every error body. */
export const ERROR_HELP = 'For support kindly contact us at support@imagekit.io.';

/**
 * An error the API answers as `{message, help, ...extra}` with `status`. Messages are shown to
 * callers verbatim, so they never contain secrets or internals. `extra` carries the documented
 * additions of some endpoints, e.g. `errors` (invalid custom metadata) or `missingFileIds`.
 */
export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, extra?: Record<string, unknown>) =>
  new LibraryError(400, message, extra);

export const FILE_NOT_FOUND = 'The requested file does not exist.';
export const INVALID_FILE_ID = 'Your request contains invalid fileId parameter.';
