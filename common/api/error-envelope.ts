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
  | 'rate_limited'
  | 'upstream_error'
  | 'upstream_unavailable'
  | 'upstream_timeout'
  | 'internal';

export const CSRF_HEADER = 'X-CSRF-Token';
