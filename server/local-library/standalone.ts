import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createLocalLibrary, type FaultSwitch } from './index.ts';
import { LIBRARY_KEY_FILE, loadOrCreateLibraryKey } from './library-key.ts';
import { parseRateLimit, type RateLimit } from './rate-limit/rate-limit-text.ts';

export interface StandaloneOptions {
  dataDir: string;
  privateKey?: string;
  seedSamples?: boolean;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** As LocalLibraryOptions.rateLimit; absent means no limit. */
  rateLimit?: RateLimit;
}

export interface StandaloneLibrary {
  /** What the SDK takes as `baseURL`, e.g. "http://127.0.0.1:4321/local". */
  baseURL: string;
  /** `<baseURL>/media`. */
  urlEndpoint: string;
  privateKey: string;
  /** As LocalLibrary.faults. */
  faults: FaultSwitch;
  close(): Promise<void>;
}

/** The local library alone on 127.0.0.1, mounted at `/local`: for tests and for trying it out. */
export async function startLocalLibrary(options: StandaloneOptions): Promise<StandaloneLibrary> {
  const privateKey = loadOrCreateLibraryKey(options.dataDir, options.privateKey);
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}/local`;
  const urlEndpoint = `${baseURL}/media`;
  let library;
  try {
    library = await createLocalLibrary({
      dataDir: options.dataDir,
      privateKey,
      urlEndpoint,
      seedSamples: options.seedSamples,
      rateLimit: options.rateLimit,
    });
  } catch (error) {
    server.close();
    throw error;
  }
  const app = express();
  app.disable('x-powered-by');
  app.use('/local', library.router);
  server.on('request', app);
  return {
    baseURL,
    urlEndpoint,
    privateKey,
    faults: library.faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          library.close();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: 'data/local-library' },
      port: { type: 'string', default: '0' },
      'no-samples': { type: 'boolean', default: false },
      'rate-limit': { type: 'string' },
    },
  });
  const dataDir = path.resolve(values['data-dir']);
  const keyFile = path.join(dataDir, LIBRARY_KEY_FILE);
  const keyExisted = fs.existsSync(keyFile);
  const library = await startLocalLibrary({
    dataDir,
    port: Number(values.port),
    seedSamples: !values['no-samples'],
    rateLimit:
      values['rate-limit'] === undefined ? undefined : parseRateLimit(values['rate-limit']),
  });
  console.log(`Local library API (SDK baseURL): ${library.baseURL}`);
  console.log(`Delivery URL endpoint:           ${library.urlEndpoint}`);
  console.log(
    keyExisted
      ? `Private key: kept in ${keyFile}`
      : `Private key (new, stored in ${keyFile}): ${library.privateKey}`,
  );
  const stop = () => void library.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
