import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ComposedServer } from '../../server/compose.ts';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The composed app on a loopback port with a signed-in admin, for timing real HTTP calls. */
export async function serveForBench(composed: ComposedServer) {
  const server = http.createServer(composed.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await composed.auth.createUser('bench', 'bench-password', 'admin');
  const signIn = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username: 'bench', password: 'bench-password' }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  return {
    async getJson(pathname: string, query: Record<string, string> = {}) {
      const url = `${origin}${pathname}?${new URLSearchParams(query)}`;
      const res = await fetch(url, { headers: { cookie } });
      const body = (await res.json()) as Record<string, unknown>;
      if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
