/**
 * The local library on its own, for trying it out or pointing another app's SDK at it:
 *
 *   node_modules/.bin/tsx local-library/standalone.ts --data-dir data/alone [--port 4010]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIBRARY_KEY_FILE, parseRateLimit, startLocalLibrary } from './index.ts';

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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
