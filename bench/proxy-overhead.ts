/**
 * What forwarding through tagcrop costs, measured side by side in one run: the same calls made
 * straight to the local library with the SDK, and through tagcrop's API (real HTTP both ways,
 * session and CSRF checks, validation, the extra GET a PATCH does to check the region's bounds).
 *
 *   npx tsx bench/proxy-overhead.ts [rounds]
 */
import ImageKit, { toFile } from '@imagekit/nodejs';
import sharp from 'sharp';
import { startBenchServer } from './bench-server.ts';

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

const bench = await startBenchServer({ seedSamples: false, role: 'editor' });
const { library } = bench;
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
const proxied = bench.api;

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

await bench.close();
