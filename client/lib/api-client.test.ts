import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, parseRetryAfter, setCsrfToken } from './api-client.ts';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function stubFetch(respond: () => Response | Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(async () => respond());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function sentHeaders(fetchMock: ReturnType<typeof stubFetch>, call = 0): Headers {
  return new Headers(fetchMock.mock.calls[call]?.[1]?.headers);
}

afterEach(() => setCsrfToken(null));

describe('apiRequest', () => {
  it('when the answer is JSON, then it resolves with the parsed body', async () => {
    stubFetch(() => jsonResponse(200, { status: 'ok', library: 'local' }));
    await expect(apiRequest('/api/health')).resolves.toEqual({ status: 'ok', library: 'local' });
  });

  it('when the answer is 204, then it resolves with undefined', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(apiRequest('/api/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('builds the query string without empty values and sends JSON bodies', async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, {}));
    await apiRequest('/api/files', { query: { searchQuery: 'name : "a b"', path: '', skip: 0 } });
    await apiRequest('/api/files/abc/details', { method: 'PATCH', body: { tags: null } });

    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/files?searchQuery=name+%3A+%22a+b%22&skip=0');
    const init = fetchMock.mock.calls[1]?.[1];
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"tags":null}');
    expect(init?.credentials).toBe('same-origin');
    expect(sentHeaders(fetchMock, 1).get('Content-Type')).toBe('application/json');
  });

  it.each(['POST', 'PATCH', 'PUT', 'DELETE'] as const)(
    'when the method is %s, then the CSRF token travels in X-CSRF-Token',
    async (method) => {
      setCsrfToken('token-123');
      const fetchMock = stubFetch(() => jsonResponse(200, {}));
      await apiRequest('/api/x', { method, body: {} });
      expect(sentHeaders(fetchMock).get('X-CSRF-Token')).toBe('token-123');
    },
  );

  it('when the method is GET, then no CSRF token is sent', async () => {
    setCsrfToken('token-123');
    const fetchMock = stubFetch(() => jsonResponse(200, {}));
    await apiRequest('/api/files');
    expect(sentHeaders(fetchMock).has('X-CSRF-Token')).toBe(false);
  });

  it('when no token is known yet (sign-in), then no CSRF header is sent', async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, {}));
    await apiRequest('/api/session', { method: 'POST', body: { username: 'a', password: 'b' } });
    expect(sentHeaders(fetchMock).has('X-CSRF-Token')).toBe(false);
  });

  it('when a call passes headers, then they are sent, but never in place of the CSRF token', async () => {
    setCsrfToken('token-123');
    const fetchMock = stubFetch(() => jsonResponse(200, {}));
    await apiRequest('/api/files/abc/details', {
      method: 'PATCH',
      body: {},
      headers: { 'If-Match': '"2026-11-01T10:00:00.000Z"', 'X-CSRF-Token': 'forged' },
    });
    expect(sentHeaders(fetchMock).get('If-Match')).toBe('"2026-11-01T10:00:00.000Z"');
    expect(sentHeaders(fetchMock).get('X-CSRF-Token')).toBe('token-123');
  });
});

describe('apiRequest errors', () => {
  it('when the server answers an envelope, then ApiError carries its code, message and details', async () => {
    stubFetch(() =>
      jsonResponse(400, {
        error: {
          code: 'validation_failed',
          message: 'Invalid change.',
          details: ['tags: "a%b": Tags cannot contain "%".'],
        },
      }),
    );
    const error = await apiRequest('/api/files/a/details', { method: 'PATCH', body: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Invalid change.',
      details: ['tags: "a%b": Tags cannot contain "%".'],
      retryAfter: null,
    });
  });

  it('when the answer is 429 with Retry-After, then retryAfter holds the seconds', async () => {
    stubFetch(() =>
      jsonResponse(
        429,
        { error: { code: 'rate_limited', message: 'Too many sign-in attempts.' } },
        { 'Retry-After': '42' },
      ),
    );
    await expect(apiRequest('/api/session', { method: 'POST', body: {} })).rejects.toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Too many sign-in attempts.',
      retryAfter: 42,
    });
  });

  it('when an error answer is not JSON, then ApiError says so with the status', async () => {
    stubFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(apiRequest('/api/files')).rejects.toMatchObject({
      status: 502,
      code: 'invalid_response',
      message: 'The server answered 502 Bad Gateway.',
    });
  });

  it('when a success answer is not JSON, then it rejects with invalid_response', async () => {
    stubFetch(() => new Response('<!doctype html>', { status: 200 }));
    await expect(apiRequest('/api/files')).rejects.toMatchObject({
      status: 200,
      code: 'invalid_response',
    });
  });

  it('when the JSON error has no envelope, then a generic message is used', async () => {
    stubFetch(() => jsonResponse(500, { message: 'boom' }));
    await expect(apiRequest('/api/files')).rejects.toMatchObject({
      status: 500,
      code: 'invalid_response',
    });
  });

  it('when the network fails, then ApiError has status 0 and code network_error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(apiRequest('/api/files')).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
      message: 'Could not reach the server. Check your connection and try again.',
    });
  });

  it('when the request was aborted, then the abort error passes through untouched', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    stubFetch(() => Promise.reject(abort));
    await expect(apiRequest('/api/files', { signal: controller.signal })).rejects.toBe(abort);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    [null, null],
    ['', null],
    ['30', 30],
    [' 5 ', 5],
    ['Thu, 26 Nov 2026 12:00:10 GMT', 10],
    ['Thu, 26 Nov 2026 11:59:00 GMT', 0],
    ['soon', null],
  ])('%j → %j', (header, seconds) => {
    expect(parseRetryAfter(header, Date.parse('Thu, 26 Nov 2026 12:00:00 GMT'))).toBe(seconds);
  });
});
