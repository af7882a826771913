import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileRecord } from '../files/file-record.ts';
import { createFileStore, type FileStore } from '../storage/file-store.ts';
import { fileRecord } from '../testing/record-fixtures.ts';
import { resolveOutput } from './output-format.ts';
import { parseTransformation } from './transform-parser.ts';
import { createVariantCache } from './variant-cache.ts';

let dir: string;
let store: FileStore;
const file: FileRecord = {
  seq: 1,
  ...fileRecord('noise.png', { width: 64, height: 64, versionId: 'v1' }),
};

/** Noise compresses badly, so every variant of it has a size close to its pixel count. */
async function noisePng(side: number): Promise<Buffer> {
  const pixels = Buffer.alloc(side * side * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
}

function cachedFiles(): { file: string; bytes: number }[] {
  if (!fs.existsSync(store.cacheDir)) return [];
  return fs
    .readdirSync(store.cacheDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ file, bytes: fs.statSync(file).size }));
}

const total = () => cachedFiles().reduce((sum, { bytes }) => sum + bytes, 0);

async function render(cache: ReturnType<typeof createVariantCache>, tr: string) {
  const steps = parseTransformation(tr);
  return cache.variant(file, steps, resolveOutput(steps, file.format, undefined));
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'variant-cache-'));
  store = createFileStore(dir);
  await store.writeOriginal(file.id, file.versionId, await noisePng(64));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('createVariantCache', () => {
  it('renders once, then serves the same bytes from disk', async () => {
    const cache = createVariantCache(store);
    const first = await render(cache, 'w-32');
    const [stored] = cachedFiles();
    const inode = fs.statSync(stored!.file).ino;
    const second = await render(cache, 'w-32');
    expect(second.data.equals(first.data)).toBe(true);
    expect(second.hash).toBe(first.hash);
    expect(fs.statSync(stored!.file).ino).toBe(inode);
  });

  it('stays under its byte budget, giving up the least recently served first', async () => {
    const one = (await render(createVariantCache(store), 'w-40')).data.length;
    fs.rmSync(store.cacheDir, { recursive: true });
    const budget = Math.floor(one * 2.5);
    const cache = createVariantCache(store, { maxBytes: budget });
    for (const tr of ['w-40', 'w-40,h-39,c-force', 'w-40,h-38,c-force']) {
      await render(cache, tr);
      expect(total()).toBeLessThanOrEqual(budget);
    }
    expect(cachedFiles()).toHaveLength(2);
    await render(cache, 'w-40,h-39,c-force');
    await render(cache, 'w-40,h-37,c-force');
    expect(total()).toBeLessThanOrEqual(budget);
    const kept = await Promise.all(
      ['w-40,h-39,c-force', 'w-40,h-37,c-force'].map((tr) => render(cache, tr)),
    );
    const names = cachedFiles().map(({ file }) => path.basename(file, '.png'));
    expect(names.sort()).toEqual(kept.map((variant) => variant.hash).sort());
  });

  it('counts variants left by an earlier run, oldest first', async () => {
    const earlier = createVariantCache(store);
    const old = await render(earlier, 'w-30');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(cachedFiles()[0]!.file, past, past);
    const recent = await render(earlier, 'w-31');
    fs.writeFileSync(path.join(store.cacheDir, 'left-over.tmp'), 'x');
    const restarted = createVariantCache(store, { maxBytes: recent.data.length + 10 });
    await render(restarted, 'w-31');
    const names = cachedFiles().map(({ file }) => path.basename(file));
    expect(names).toEqual([`${recent.hash}.png`]);
    expect(names).not.toContain(`${old.hash}.png`);
  });

  it('serves but does not keep a variant larger than the whole budget', async () => {
    const cache = createVariantCache(store, { maxBytes: 100 });
    const variant = await render(cache, 'w-64');
    expect(variant.data.length).toBeGreaterThan(100);
    expect(cachedFiles()).toEqual([]);
  });

  it('renders again when a cached variant was removed behind its back', async () => {
    const cache = createVariantCache(store);
    const first = await render(cache, 'w-20');
    fs.rmSync(store.cacheDir, { recursive: true });
    const again = await render(cache, 'w-20');
    expect(again.data.equals(first.data)).toBe(true);
    expect(cachedFiles()).toHaveLength(1);
  });
});
