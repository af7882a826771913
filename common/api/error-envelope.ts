/** Every error our API answers: `{"error": {"code", "message"}}` with a fitting status. */
export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    /** One line per problem, for validation errors. */
    details?: string[];
  };
}

export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthenticated'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'edit_conflict'
  | 'revert_conflict'
  | 'conflict'
  | 'rate_limited'
  | 'upstream_error'
  | 'upstream_unavailable'
  | 'upstream_timeout'
  | 'internal';

export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * A save names the version it was made on: the file's ETag (`fileETag` in file-version.ts), or
 * the older form `"<updatedAt>"`. When the file has changed since, the server answers 412
 * `edit_conflict` with `{error, current}` (the file as it is now) instead of overwriting
 * someone's work.
 */
export const IF_MATCH_HEADER = 'If-Match';

export function versionTag(updatedAt: string): string {
  return `"${updatedAt}"`;
}
