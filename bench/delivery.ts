/**
 * What a storefront waits for from the local library: a 400-px variant of a 4000x3000 JPEG,
 * rendered the first time and then served from the variant cache, measured side by side in one
 * run over loopback HTTP. First renders ask for a new width each round (400, 401, …) so every
 * one is a real render; cached rounds repeat one URL. Prints medians, p90s and their ratio.
 *
 *   npx tsx bench/delivery.ts [rounds]
 */
import ImageKit, { toFile } from '@imagekit/nodejs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalLibrary } from '../local-library/index.ts';
import { photoJpeg } from '../local-library/testing/delivery-images.ts';

const ROUNDS = Number(process.argv[2] ?? 30);
const CHROME_ACCEPT = 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8';

interface Stats {
  median: number;
  p90: number;
}

async function time(label: string, url: (i: number) => string, accept?: string): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const response = await fetch(url(i), accept ? { headers: { accept } } : undefined);
    const body = await response.arrayBuffer();
    samples.push(performance.now() - start);
    if (response.status !== 200 || body.byteLength === 0) {
      throw new Error(`${url(i)} answered ${response.status}`);
    }
  }
  samples.sort((a, b) => a - b);
  const stats = {
    median: samples[Math.floor(samples.length / 2)]!,
    p90: samples[Math.floor(samples.length * 0.9)]!,
  };
  console.log(
    `  ${label.padEnd(40)} median ${stats.median.toFixed(2).padStart(7)} ms   p90 ${stats.p90.toFixed(2).padStart(7)} ms`,
  );
  return stats;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'delivery-bench-'));
const library = await startLocalLibrary({ dataDir: dir, seedSamples: false });
const client = new ImageKit({
  privateKey: library.privateKey,
  baseURL: library.baseURL,
  maxRetries: 0,
});
const original = await photoJpeg(4000, 3000);
await client.files.upload({
  file: await toFile(original, 'big.jpg'),
  fileName: 'big.jpg',
  useUniqueFileName: false,
});
const url = (tr: string) => `${library.urlEndpoint}/big.jpg?tr=${tr}`;
// One render before timing, so module loading and sharp's first start are not counted.
await fetch(url('w-10'));

console.log(
  `Local library delivery: 4000x3000 JPEG original (${(original.length / 1e6).toFixed(1)} MB), ` +
    `${ROUNDS} rounds each, loopback HTTP\n`,
);
console.log('400-px variant, original format (JPEG)');
const first = await time('first render', (i) => url(`w-${400 + i}`));
const cached = await time('from the cache', () => url('w-400'));
console.log('other storefront variants, first render');
await time('w-400,h-400 (centre crop)', (i) => url(`w-${400 + i},h-400`));
await time('w-400,f-webp', (i) => url(`w-${400 + i},f-webp`));
await time(
  'w-400,f-auto (AVIF for a Chrome Accept)',
  (i) => url(`w-${400 + i},f-auto`),
  CHROME_ACCEPT,
);
await time('w-400,h-400,fo-auto', (i) => url(`w-${400 + i},h-400,fo-auto`));
await time('w-400,bl-10,e-grayscale,r-max,f-png', (i) =>
  url(`w-${400 + i},bl-10,e-grayscale,r-max,f-png`),
);
console.log('\nratio (first render / cached, medians):');
console.log(`  ${(first.median / cached.median).toFixed(1)}×`);

await library.close();
fs.rmSync(dir, { recursive: true, force: true });
