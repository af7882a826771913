import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@imagekit/nodejs';
import { describe, expect, it } from 'vitest';
import { keyScrubber, toAppError } from './upstream-errors.ts';

const KEY = 'private_canary1234567890';
const upstream = (status: number, message: string, headers: Record<string, string> = {}) =>
  APIError.generate(status, { message, help: 'h' }, message, new Headers(headers));

describe('toAppError', () => {
  it.each([
    [400, 400, 'upstream_error', 'Your request contains invalid fileId parameter.'],
    [404, 404, 'upstream_error', 'The requested file does not exist.'],
    [401, 502, 'upstream_error', /refused the server's private key/],
    [403, 502, 'upstream_error', /refused the server's private key: Your account cannot/],
    [429, 429, 'rate_limited', /rate limit/],
    [500, 502, 'upstream_error', /ImageKit failed \(500\)/],
    [503, 502, 'upstream_error', /ImageKit failed \(503\)/],
  ])('ImageKit %i becomes our %i %s', (status, ours, code, message) => {
    const error = toAppError(
      upstream(status, status === 403 ? 'Your account cannot be authenticated.' : String(message)),
      15000,
    );
    expect(error.status).toBe(ours);
    expect(error.code).toBe(code);
    if (message instanceof RegExp) expect(error.message).toMatch(message);
    else expect(error.message).toBe(message);
  });

  it('turns X-RateLimit-Reset milliseconds into Retry-After seconds', () => {
    const error = toAppError(
      upstream(429, 'Too many requests', { 'X-RateLimit-Reset': '2500' }),
      1,
    );
    expect(error.options.headers).toEqual({ 'Retry-After': '3' });
  });

  it('names timeouts and unreachable upstreams', () => {
    expect(toAppError(new APIConnectionTimeoutError(), 15000)).toMatchObject({
      status: 504,
      code: 'upstream_timeout',
    });
    expect(toAppError(new APIConnectionError({ message: 'ECONNREFUSED' }), 15000)).toMatchObject({
      status: 502,
      code: 'upstream_unavailable',
    });
  });

  it('never passes the key on, raw or as a Basic credential', () => {
    const basic = Buffer.from(`${KEY}:do_not_set`).toString('base64');
    const error = toAppError(upstream(400, `echo ${KEY} and Basic ${basic}`), 1, keyScrubber(KEY));
    expect(error.message).toBe('echo [redacted] and Basic [redacted]');
  });
});
