import { vi } from 'vitest';

export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface StubReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type StubHandler = StubReply | ((request: StubRequest) => StubReply | Promise<StubReply>);

/** Compiles `"PATCH /api/files/:fileId/details"` into a matcher of method and path. */
function compileRoute(route: string): (method: string, path: string) => boolean {
  const [method, pattern = ''] = route.split(' ');
  const source = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  const regex = new RegExp(`^${source}$`);
  return (m, p) => m === method && regex.test(p);
}

/** What every page may ask in passing; a test's own routes take precedence. */
const DEFAULT_ROUTES: Record<string, StubHandler> = {
  // The editor's History panel: no change made through tagcrop yet.
  'GET /api/files/:fileId/history': { body: { entries: [] } },
};

/**
 * Replaces `fetch` with a tiny router over `routes` (and DEFAULT_ROUTES), recording every request. An unknown route
 * answers 500 with its name in the message, so a missing stub shows up in the test's failure.
 */
export function stubFetch(routes: Record<string, StubHandler>) {
  const compiled = Object.entries({ ...DEFAULT_ROUTES, ...routes }).map(([route, handler]) => ({
    matches: compileRoute(route),
    handler,
  }));
  const requests: StubRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const request: StubRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    requests.push(request);
    const route = compiled.find((r) => r.matches(method, url.pathname));
    const reply: StubReply = route
      ? typeof route.handler === 'function'
        ? await route.handler(request)
        : route.handler
      : {
          status: 500,
          body: { error: { code: 'internal', message: `No stub for ${method} ${url.pathname}` } },
        };
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    requests,
    /** The requests to one method and path (query ignored). */
    calls: (method: string, path: string) =>
      requests.filter((r) => r.method === method && r.path === path),
  };
}

export function errorReply(status: number, code: string, message: string, details?: string[]) {
  return { status, body: { error: { code, message, details } } };
}
