import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootstrapAdmin } from './auth/bootstrap-admin.ts';
import { createClientMiddleware } from './client-middleware.ts';
import { composeServer } from './compose.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';

function readConfig(): Readonly<Config> {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The address our own pages and SDK calls use to reach this server. */
function selfUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host;
  return `http://${reachable.includes(':') && !reachable.startsWith('[') ? `[${reachable}]` : reachable}:${port}`;
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const development = config.env === 'development';

  // Listen first: with PORT=0 the local library's URLs depend on the port we actually get.
  // Until the app is ready (seeding takes seconds), requests get a 503 instead of hanging.
  let handle: http.RequestListener = (_req, res) => {
    res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' });
    res.end(JSON.stringify({ status: 'starting' }));
  };
  const server = http.createServer((req, res) => handle(req, res));
  // Node answers oversized headers itself, before Express; keep our envelope there too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code !== 'HPE_HEADER_OVERFLOW' || !socket.writable) return socket.destroy();
    const body = JSON.stringify({
      error: { code: 'bad_request', message: 'The request headers are too large.' },
    });
    socket.end(
      `HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const base = selfUrl(config.host, (server.address() as AddressInfo).port);

  const composed = await composeServer(config, {
    logger,
    selfUrl: base,
    client: await createClientMiddleware(development),
    development,
  });
  const admin = await bootstrapAdmin(composed.auth, config.bootstrapAdmin);
  handle = composed.app;
  // Only now: with the embedded library, the catalog's first sync travels through this server.
  void composed.startCatalogSync();
  // Likewise: a run left going by the last process resumes through the same gateway.
  composed.resumeWork().catch((error: unknown) => {
    logger.error({ err: error }, 'could not resume the work the last process left');
  });

  if (admin.created && admin.generatedPassword) {
    // Printed, not logged: log pipelines keep lines forever, and this is shown exactly once.
    process.stdout.write(
      `\n  First start: created admin user "${admin.username}" with password: ${admin.generatedPassword}\n` +
        '  Write it down; it is not shown again. (Set TAGCROP_ADMIN_USER / TAGCROP_ADMIN_PASSWORD to choose.)\n\n',
    );
  }
  process.stdout.write(`  tagcrop is running at ${base}  (library: ${config.library.kind})\n\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      void composed.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    // Long enough for a run's call in flight (its progress is stored after it, and the run is
    // left for another instance or the next start); past it, exit anyway, and say so.
    setTimeout(() => {
      logger.warn('requests still open after 20 s; exiting without waiting for them');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

const SHUTDOWN_GRACE_MS = 20_000;

main().catch((error: unknown) => {
  console.error('tagcrop failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
