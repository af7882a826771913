/** What ImageKit puts in the `help` field of every error body. */
export const ERROR_HELP = 'For support kindly contact us at support@imagekit.io.';

/**
 * An error the API answers as `{message, help}` with `status`. Messages are shown to callers
 * verbatim, so they never contain secrets or internals.
 */
export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new LibraryError(400, message);
