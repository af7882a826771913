import ImageKit from '@imagekit/nodejs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RateLimit } from '../rate-limit/rate-limit-text.ts';
import { startLocalLibrary, type StandaloneLibrary } from '../listen.ts';
import { createRecorder, type Recorder } from './recording-fetch.ts';

export interface TestLibrary extends StandaloneLibrary {
  dataDir: string;
  /** The official SDK, pointed at the library, without retries; it records every exchange. */
  client: ImageKit;
  recorder: Recorder;
  /** Closes the server and deletes the temporary data directory. */
  stop(): Promise<void>;
}

/** A local library on a random port over a fresh temporary data directory, plus an SDK client. */
export async function startTestLibrary(
  options: {
    seedSamples?: boolean;
    dataDir?: string;
    rateLimit?: RateLimit;
    maxUploadBytes?: number;
    maxInputPixels?: number;
  } = {},
): Promise<TestLibrary> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'local-library-'));
  const library = await startLocalLibrary({
    dataDir,
    seedSamples: options.seedSamples ?? false,
    rateLimit: options.rateLimit,
    maxUploadBytes: options.maxUploadBytes,
    maxInputPixels: options.maxInputPixels,
  });
  const recorder = createRecorder(new URL(library.baseURL).pathname);
  const client = new ImageKit({
    privateKey: library.privateKey,
    baseURL: library.baseURL,
    maxRetries: 0,
    fetch: recorder.fetch,
  });
  return {
    ...library,
    dataDir,
    client,
    recorder,
    async stop() {
      await library.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
