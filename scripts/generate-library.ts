/**
 * Fills an ImageKit-compatible library with N small, distinct product images: names like
 * `red-sneaker-0042.jpg` in folders like `/products/shoes/`, tags with a realistic spread (some
 * files untagged, a long tail of rare tags), some with a region, a few private. Uploads through
 * `@imagekit/nodejs`, so it works against the local library and against ImageKit alike.
 *
 *   # the embedded library of a running `npm start` (key read from its DATA_DIR):
 *   npx tsx scripts/generate-library.ts --count 10000 --data-dir ./data
 *   # any ImageKit-compatible API:
 *   npx tsx scripts/generate-library.ts --count 500 --base-url https://api.imagekit.io --private-key private_...
 *
 * Flags (or environment): --count (10000), --base-url (IMAGEKIT_API_BASE_URL, else
 * http://127.0.0.1:3000/local), --private-key (IMAGEKIT_PRIVATE_KEY / LOCAL_LIBRARY_PRIVATE_KEY,
 * else the key file in --data-dir/local-library/), --seed (1), --concurrency (4), --start (0:
 * the index of the first file, to add more files later without repeating names).
 */
import ImageKit, { toFile } from '@imagekit/nodejs';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { LIBRARY_KEY_FILE } from '../local-library/index.ts';
import { COLOURS, productSpec, seededRandom, type ProductSpec } from './product-library-spec.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    'base-url': { type: 'string' },
    'private-key': { type: 'string' },
    'data-dir': { type: 'string', default: './data' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '4' },
    start: { type: 'string', default: '0' },
  },
});

function privateKey(): string {
  const given =
    values['private-key'] ??
    process.env.IMAGEKIT_PRIVATE_KEY ??
    process.env.LOCAL_LIBRARY_PRIVATE_KEY;
  if (given) return given;
  const file = path.join(values['data-dir']!, 'local-library', LIBRARY_KEY_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(`No key given and none at ${file}; pass --private-key or --data-dir.`);
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** A plain product shot: a coloured product shape on a light backdrop, placed per file. */
async function render(spec: ProductSpec, i: number): Promise<Buffer> {
  const { width, height } = spec;
  const colour = COLOURS[spec.colour];
  const cx = Math.round(width * (0.3 + ((i * 37) % 40) / 100));
  const cy = Math.round(height * (0.35 + ((i * 53) % 30) / 100));
  const r = Math.round(Math.min(width, height) * (0.15 + ((i * 11) % 15) / 100));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#f3f1ec"/>
    <ellipse cx="${cx}" cy="${cy + r}" rx="${r * 1.2}" ry="${r * 0.25}" fill="#d9d5cc"/>
    <rect x="${cx - r}" y="${cy - r * 0.6}" width="${r * 2}" height="${r * 1.4}" rx="${r * 0.3}" fill="${colour}"/>
    <circle cx="${cx + r * 0.4}" cy="${cy - r * 0.6}" r="${r * 0.45}" fill="${colour}" opacity="0.8"/>
    <rect x="0" y="${height - 6}" width="${(i % 97) + 3}" height="6" fill="#999"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
}

async function main(): Promise<void> {
  const count = Number(values.count);
  const start = Number(values.start);
  const baseURL =
    values['base-url'] ?? process.env.IMAGEKIT_API_BASE_URL ?? 'http://127.0.0.1:3000/local';
  const client = new ImageKit({ privateKey: privateKey(), baseURL, maxRetries: 5 });
  const next = seededRandom(Number(values.seed));
  // Draw every spec first, in order, so a run's files do not depend on upload timing.
  const total = start + count;
  const specs = Array.from({ length: total }, (_, i) => productSpec(i, total, next)).slice(start);

  let done = 0;
  let failed = 0;
  const began = Date.now();
  const report = () => {
    const rate = done / Math.max(1, (Date.now() - began) / 1000);
    process.stdout.write(
      `\r  ${done}/${count} uploaded, ${failed} failed (${rate.toFixed(0)}/s)   `,
    );
  };
  const timer = setInterval(report, 1000);

  let cursor = 0;
  async function worker(): Promise<void> {
    while (cursor < specs.length) {
      const index = cursor++;
      const spec = specs[index]!;
      try {
        await client.files.upload({
          file: await toFile(await render(spec, start + index), spec.name),
          fileName: spec.name,
          folder: spec.folder,
          useUniqueFileName: false,
          ...(spec.tags.length > 0 && { tags: spec.tags }),
          ...(spec.region && { customCoordinates: spec.region }),
          ...(spec.isPrivate && { isPrivateFile: true }),
        });
        done += 1;
      } catch (error) {
        failed += 1;
        if (failed <= 5)
          console.error(`\n  ${spec.folder}${spec.name}: ${(error as Error).message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
  clearInterval(timer);
  report();
  console.log(`\n  Done in ${((Date.now() - began) / 1000).toFixed(0)} s at ${baseURL}.`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
