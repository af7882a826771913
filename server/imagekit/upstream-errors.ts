import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@imagekit/nodejs';
import { AppError } from '../errors.ts';

function upstreamMessage(error: APIError, scrub: (text: string) => string): string {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? scrub(body.message) : 'ImageKit gave no message.';
}

/**
 * Replaces the key, and the Basic-auth forms it travels in, wherever an upstream message might
 * echo it: ImageKit does not, but a misconfigured proxy in between could.
 */
export function keyScrubber(privateKey: string): (text: string) => string {
  const forms = [
    privateKey,
    ...[`${privateKey}:`, `${privateKey}:do_not_set`, privateKey].map((s) =>
      Buffer.from(s).toString('base64'),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text) => forms.reduce((out, form) => out.split(form).join('[redacted]'), text);
}

/** Every ImageKit answer carries it; support tickets quote it. */
export const REQUEST_ID_HEADER = 'x-ik-requestId';

/** The request id of a failed call, when ImageKit answered at all. */
export function requestIdIn(error: unknown): string | null {
  const cause = error instanceof AppError ? error.cause : error;
  return cause instanceof APIError ? (cause.headers?.get(REQUEST_ID_HEADER) ?? null) : null;
}

/**
 * Whether a failed call may still have changed the file: no answer came (a timeout, the
 * connection lost after sending), or ImageKit failed on its side (5xx) after perhaps applying
 * it. A 4xx, a 429 or a refused key mean the change was not made.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof AppError)) return false;
  if (error.code === 'upstream_timeout' || error.code === 'upstream_unavailable') return true;
  // 503 says the request was not handled; other 5xx may come after the change was made.
  const cause = error.cause;
  return (
    cause instanceof APIError &&
    typeof cause.status === 'number' &&
    cause.status >= 500 &&
    cause.status !== 503
  );
}

/**
 * Whether asking again may help: the outcome was unknown, or ImageKit said it is unavailable
 * for now (503: the request was not handled). Only for calls that are safe to repeat.
 */
export function isTransient(error: unknown): boolean {
  if (isOutcomeUnknown(error)) return true;
  return error instanceof AppError && error.cause instanceof APIError && error.cause.status === 503;
}

/** Seconds to wait, from ImageKit's `X-RateLimit-Reset` (milliseconds). */
export function retryAfterSeconds(headers: Headers | undefined): number {
  const resetMs = Number(headers?.get('x-ratelimit-reset'));
  return Number.isFinite(resetMs) && resetMs > 0 ? Math.ceil(resetMs / 1000) : 1;
}

/**
 * Maps what the SDK throws onto our envelope. ImageKit's own 4xx keep their status and message,
 * except 401 and 403: those mean *our* key was refused (wrong, expired, read-only, account
 * disabled), and passing them on would look to the browser like its own session or role failed.
 */
export function toAppError(
  error: unknown,
  timeoutMs: number,
  scrub: (text: string) => string = (text) => text,
): AppError {
  if (error instanceof APIConnectionTimeoutError) {
    return new AppError(
      504,
      'upstream_timeout',
      `ImageKit did not answer within ${timeoutMs / 1000} s.`,
      {
        cause: error,
      },
    );
  }
  if (error instanceof APIConnectionError) {
    return new AppError(
      502,
      'upstream_unavailable',
      'Could not reach ImageKit. Try again shortly.',
      {
        cause: error,
      },
    );
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const message = upstreamMessage(error, scrub);
    if (error.status === 429) {
      return new AppError(429, 'rate_limited', `ImageKit rate limit reached: ${message}`, {
        headers: { 'Retry-After': String(retryAfterSeconds(error.headers)) },
        cause: error,
      });
    }
    if (error.status === 401 || error.status === 403) {
      return new AppError(
        502,
        'upstream_error',
        `ImageKit refused the server's private key: ${message}`,
        {
          cause: error,
        },
      );
    }
    if (error.status >= 400 && error.status < 500) {
      return new AppError(error.status, 'upstream_error', message, { cause: error });
    }
    return new AppError(502, 'upstream_error', `ImageKit failed (${error.status}): ${message}`, {
      cause: error,
    });
  }
  return new AppError(502, 'upstream_error', 'Unexpected failure talking to ImageKit.', {
    cause: error,
  });
}
