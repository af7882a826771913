import type { Exchange } from './openapi-spec.ts';

export interface Recorder {
  /** A fetch for the SDK's `fetch` option that keeps a copy of every answer. */
  fetch: typeof fetch;
  exchanges: Exchange[];
  /** Runs an SDK call, success or failure, and returns the exchange it made last. */
  capture(call: () => Promise<unknown>): Promise<Exchange>;
}

/** Records what the SDK sent and got, with paths relative to `basePath` (e.g. "/local"). */
export function createRecorder(basePath: string): Recorder {
  const exchanges: Exchange[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const text = await response.clone().text();
    const isJson = /application\/json/.test(response.headers.get('content-type') ?? '');
    const url = new URL(request.url);
    exchanges.push({
      method: request.method,
      path: url.pathname.slice(basePath.length),
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: text === '' ? null : isJson ? (JSON.parse(text) as unknown) : text,
    });
    return response;
  };
  return {
    fetch: recordingFetch,
    exchanges,
    async capture(call) {
      const before = exchanges.length;
      await call().catch(() => undefined);
      const exchange = exchanges.at(-1);
      if (!exchange || exchanges.length === before) throw new Error('The call made no request.');
      return exchange;
    },
  };
}
