import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileRecord } from '../files/file-record.ts';
import { parseCoordinates } from '../files/region.ts';
import type { FileStore } from '../storage/file-store.ts';
import { createCacheIndex } from './cache-index.ts';
import type { OutputSettings } from './output-format.ts';
import { renderVariant } from './renderer.ts';
import { canonicalTransformation } from './transform-parser.ts';
import type { TransformStep } from './transform-step.ts';

export interface Variant {
  /** Names this exact content: the file version, the chain and the encoding. */
  hash: string;
  data: Buffer;
}

export interface VariantCache {
  /** The variant from the disk cache, rendering and storing it first when it is not there. */
  variant(
    file: FileRecord,
    steps: readonly TransformStep[],
    output: OutputSettings,
  ): Promise<Variant>;
}

export interface VariantCacheOptions {
  /** Bytes of variants kept on disk; past it the least recently served go first. */
  maxBytes?: number;
}

export const DEFAULT_VARIANT_CACHE_BYTES = 512 * 1024 * 1024;

/**
 * Variants are keyed by the file version, the canonical chain, the encoding and, only when
 * `fo-custom` is used, the saved region: changing the region renders anew, other variants stay.
 */
export function variantHash(
  file: FileRecord,
  steps: readonly TransformStep[],
  output: OutputSettings,
): string {
  const usesRegion = steps.some((step) => step.focus === 'custom');
  const { format, quality, lossless, progressive, matte } = output;
  const source = [
    file.versionId,
    canonicalTransformation(steps),
    usesRegion ? (file.customCoordinates ?? '') : '',
    JSON.stringify([format, quality ?? null, lossless, progressive, matte]),
  ];
  return createHash('sha256').update(source.join('\n')).digest('hex').slice(0, 40);
}

export function createVariantCache(
  store: FileStore,
  options: VariantCacheOptions = {},
): VariantCache {
  const maxBytes = options.maxBytes ?? DEFAULT_VARIANT_CACHE_BYTES;
  const index = createCacheIndex(maxBytes);
  let loaded: Promise<void> | null = null;
  // Two requests for the same new variant share one render instead of racing two.
  const rendering = new Map<string, Promise<Variant>>();

  /** Variants left by earlier runs count against the budget too, oldest first by mtime. */
  async function load(): Promise<void> {
    const found: { file: string; bytes: number; mtime: number }[] = [];
    const entries = await fs.promises
      .readdir(store.cacheDir, { recursive: true, withFileTypes: true })
      .catch(() => []);
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      if (file.endsWith('.tmp')) {
        await fs.promises.rm(file, { force: true });
        continue;
      }
      const stat = await fs.promises.stat(file).catch(() => null);
      if (stat) found.push({ file, bytes: stat.size, mtime: stat.mtimeMs });
    }
    found.sort((a, b) => a.mtime - b.mtime);
    for (const { file, bytes } of found) await evict(index.add(file, bytes));
  }

  async function evict(files: string[]): Promise<void> {
    await Promise.all(files.map((file) => fs.promises.rm(file, { force: true })));
  }

  async function render(
    file: FileRecord,
    steps: readonly TransformStep[],
    output: OutputSettings,
    target: string,
    hash: string,
  ): Promise<Variant> {
    const region = file.customCoordinates ? parseCoordinates(file.customCoordinates) : null;
    const data = await renderVariant(
      {
        originalPath: store.originalPath(file.id, file.versionId),
        size: { width: file.width, height: file.height },
        region,
      },
      steps,
      output,
    );
    if (data.length <= maxBytes) {
      await store.writeCached(target, data);
      await evict(index.add(target, data.length));
    }
    return { hash, data };
  }

  return {
    async variant(file, steps, output) {
      await (loaded ??= load());
      const hash = variantHash(file, steps, output);
      const target = store.cachePath(file.id, file.versionId, `${hash}.${output.format}`);
      if (index.has(target)) {
        try {
          const data = await fs.promises.readFile(target);
          index.touch(target);
          const now = new Date();
          // The order survives a restart through the files' times; failing that costs nothing.
          fs.promises.utimes(target, now, now).catch(() => {});
          return { hash, data };
        } catch {
          // Removed with its file or version, or evicted meanwhile: render it again.
          index.forget(target);
        }
      }
      const pending = rendering.get(target);
      if (pending) return pending;
      const job = render(file, steps, output, target, hash).finally(() => rendering.delete(target));
      rendering.set(target, job);
      return job;
    },
  };
}
