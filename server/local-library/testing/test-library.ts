import ImageKit from '@imagekit/nodejs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalLibrary, type StandaloneLibrary } from '../standalone.ts';

export interface TestLibrary extends StandaloneLibrary {
  dataDir: string;
  client: ImageKit;
  /** Closes the server and deletes the temporary data directory. */
  stop(): Promise<void>;
}

/** A local library on a random port over a fresh temporary data directory, plus an SDK client. */
export async function startTestLibrary(
  options: { seedSamples?: boolean; dataDir?: string } = {},
): Promise<TestLibrary> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'local-library-'));
  const library = await startLocalLibrary({ dataDir, seedSamples: options.seedSamples ?? false });
  const client = new ImageKit({
    privateKey: library.privateKey,
    baseURL: library.baseURL,
    maxRetries: 0,
  });
  return {
    ...library,
    dataDir,
    client,
    async stop() {
      await library.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
