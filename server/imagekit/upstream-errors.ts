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
