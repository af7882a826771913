import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalLibrary } from './create-local-library.ts';
import type { FaultSwitch } from './http/fault-switch.ts';
import { loadOrCreateLibraryKey } from './library-key.ts';
import type { RateLimit } from './rate-limit/rate-limit-text.ts';

export interface StandaloneOptions {
  dataDir: string;
  privateKey?: string;
  seedSamples?: boolean;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** As LocalLibraryOptions.rateLimit; absent means no limit. */
  rateLimit?: RateLimit;
  /** As LocalLibraryOptions.maxUploadBytes and maxInputPixels. */
  maxUploadBytes?: number;
  maxInputPixels?: number;
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
      maxUploadBytes: options.maxUploadBytes,
      maxInputPixels: options.maxInputPixels,
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
