import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How a call can fail, and whether the library made the change first: `*-after` faults forward
 * the call, let the library answer, and then lose that answer, as a timeout or a dropped
 * connection after sending does with ImageKit.
 */
export type FaultKind = 'fail-before' | 'fail-after' | 'hang-before' | 'hang-after';
export const FAULT_KINDS: readonly FaultKind[] = [
  'fail-before',
  'fail-after',
  'hang-before',
  'hang-after',
];

export interface ProxiedRequest {
  method: string;
  path: string;
  body: string;
  /** What the library answered, once it has (whatever the client was then told). */
  upstreamStatus?: number;
}

/** Which fault to play on a request, if any. */
export type FaultPlan = (request: ProxiedRequest) => FaultKind | null;

const ERROR_BODY = JSON.stringify({
  message: 'An internal error occurred.',
  help: 'For support kindly contact us at support@imagekit.io.',
});

/**
 * A loopback proxy in front of the library that fails calls on purpose, by plan: a 500 (before
 * or after the library saw the call) or no answer at all (before or after). It records every
 * call and counts the faults it played, so a test can say what happened.
 */
export async function startFaultProxy(
  upstreamOrigin: string,
  onPlayed?: (kind: FaultKind, request: ProxiedRequest) => void,
) {
  const upstream = new URL(upstreamOrigin);
  let plan: FaultPlan = () => null;
  const requests: ProxiedRequest[] = [];
  const played: Record<FaultKind, number> = {
    'fail-before': 0,
    'fail-after': 0,
    'hang-before': 0,
    'hang-after': 0,
  };
  const held = new Set<http.ServerResponse>();

  function forward(req: http.IncomingMessage, body: Buffer) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const call = http.request(
          {
            host: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
          },
          (answer) => {
            const chunks: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => chunks.push(chunk));
            answer.on('end', () =>
              resolve({
                status: answer.statusCode ?? 502,
                headers: answer.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        call.on('error', reject);
        call.end(body);
      },
    );
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const request: ProxiedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        body: body.toString(),
      };
      requests.push(request);
      const fault = plan(request);
      const hold = () => {
        held.add(res);
        res.once('close', () => held.delete(res));
      };
      const play = async () => {
        if (fault === 'hang-before') return hold();
        if (fault === 'fail-before')
          return res.writeHead(500, { 'content-type': 'application/json' }).end(ERROR_BODY);
        const answer = await forward(req, body);
        request.upstreamStatus = answer.status;
        if (fault === 'hang-after') hold();
        else if (fault === 'fail-after')
          res.writeHead(500, { 'content-type': 'application/json' }).end(ERROR_BODY);
        else res.writeHead(answer.status, answer.headers).end(answer.body);
      };
      play().then(
        () => {
          if (fault) {
            played[fault]++;
            onPlayed?.(fault, request);
          }
        },
        () => res.destroy(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    played,
    setPlan(next: FaultPlan | null) {
      plan = next ?? (() => null);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FaultProxy = Awaited<ReturnType<typeof startFaultProxy>>;
