/**
 * What forwarding through tagcrop costs, measured side by side in one run: the same calls made
 * straight to the local library with the SDK, and through tagcrop's API (real HTTP both ways,
 * session and CSRF checks, validation, the extra GET a PATCH does to check the region's bounds).
 *
 *   npx tsx bench/proxy-overhead.ts [rounds]
 */
import ImageKit, { toFile } from '@imagekit/nodejs';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import sharp from 'sharp';
import { startLocalLibrary } from '../local-library/index.ts';
import { composeServer } from '../server/compose.ts';
import { loadConfig } from '../server/config.ts';

const ROUNDS = Number(process.argv[2] ?? 200);

async function time(label: string, run: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(
    `  ${label.padEnd(44)} median ${median.toFixed(2)} ms   p90 ${samples[Math.floor(samples.length * 0.9)]!.toFixed(2)} ms`,
  );
  return median;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-bench-'));
const library = await startLocalLibrary({ dataDir: path.join(dir, 'library'), seedSamples: false });
const direct = new ImageKit({
  privateKey: library.privateKey,
  baseURL: library.baseURL,
  maxRetries: 0,
});
const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#888' } })
  .jpeg()
  .toBuffer();
const { fileId } = await direct.files.upload({
  file: await toFile(image, 'bench.jpg'),
  fileName: 'bench.jpg',
});

const composed = await composeServer(
  loadConfig({
    DATA_DIR: dir,
    IMAGEKIT_PRIVATE_KEY: library.privateKey,
    IMAGEKIT_URL_ENDPOINT: library.urlEndpoint,
    IMAGEKIT_API_BASE_URL: library.baseURL,
    IMAGEKIT_TIMEOUT_MS: '10000',
  }),
  { logger: pino({ level: 'silent' }) },
);
await composed.auth.createUser('bench', 'bench-password', 'editor');
const app = composed.app;
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const signIn = await fetch(`${base}/api/session`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password: 'bench-password' }),
});
const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
const { csrfToken } = (await signIn.json()) as { csrfToken: string };
const proxied = (pathname: string, init: RequestInit = {}) =>
  fetch(`${base}${pathname}`, {
    ...init,
    headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
  }).then(async (res) => {
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    return res.json();
  });

const region = (i: number) => `${i % 100},${i % 50},400,300`;
console.log(`tagcrop proxy overhead, ${ROUNDS} rounds each, local library over loopback HTTP\n`);
console.log('get file details');
const getDirect = await time('direct (SDK → library)', () => direct.files.get(fileId!));
const getProxied = await time('proxied (browser API → tagcrop → library)', () =>
  proxied(`/api/files/${fileId}`),
);
console.log('update region and tags');
const patchDirect = await time('direct', (i) =>
  direct.files.update(fileId!, { tags: [`t${i}`], customCoordinates: region(i) }),
);
const patchProxied = await time('proxied', (i) =>
  proxied(`/api/files/${fileId}/details`, {
    method: 'PATCH',
    body: JSON.stringify({ tags: [`t${i}`], customCoordinates: region(i) }),
  }),
);
console.log('\nratios (proxied / direct, medians):');
console.log(`  get    ${(getProxied / getDirect).toFixed(2)}×`);
console.log(
  `  patch  ${(patchProxied / patchDirect).toFixed(2)}×  (includes the bounds-check GET)`,
);

server.close();
await library.close();
await composed.close();
fs.rmSync(dir, { recursive: true, force: true });
