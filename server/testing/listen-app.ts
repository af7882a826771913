import type { Express } from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The test app on a loopback port, so requests that race really travel over HTTP at once (each
 * supertest call would start a server of its own).
 */
export async function listenApp(app: Express) {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
