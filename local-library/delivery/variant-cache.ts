import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parseCoordinates } from '../files/region.ts';
import type { FileRecord } from '../files/file-record.ts';
import type { FileStore } from '../storage/file-store.ts';
import { planChain } from './render-plan.ts';
import { renderPlans } from './renderer.ts';
import { formatTransformation, type TransformStep } from './transform-parser.ts';

export interface VariantCache {
  /** The path of the rendered variant, rendering it first when it is not on disk yet. */
  variantPath(file: FileRecord, steps: readonly TransformStep[]): Promise<string>;
}

/**
 * Variants are keyed by the file version, the canonical transformation and, only when
 * `fo-custom` is used, the saved region: changing the region renders anew, other variants stay.
 */
export function variantKey(file: FileRecord, steps: readonly TransformStep[]): string {
  const usesRegion = steps.some((step) => step.focus === 'custom');
  const source = [
    file.versionId,
    formatTransformation(steps),
    usesRegion ? (file.customCoordinates ?? '') : '',
  ];
  return `${createHash('sha256').update(source.join('\n')).digest('hex').slice(0, 40)}.${file.format}`;
}

export function createVariantCache(store: FileStore): VariantCache {
  // Two requests for the same new variant share one render instead of racing two.
  const rendering = new Map<string, Promise<string>>();

  async function render(file: FileRecord, steps: readonly TransformStep[], target: string) {
    const region = file.customCoordinates ? parseCoordinates(file.customCoordinates) : null;
    const plans = planChain(steps, { width: file.width, height: file.height }, region);
    const data = await renderPlans(store.originalPath(file.id, file.versionId), plans, file.format);
    await store.writeCached(target, data);
    return target;
  }

  return {
    async variantPath(file, steps) {
      const target = store.cachePath(file.id, file.versionId, variantKey(file, steps));
      if (fs.existsSync(target)) return target;
      const pending = rendering.get(target);
      if (pending) return pending;
      const job = render(file, steps, target).finally(() => rendering.delete(target));
      rendering.set(target, job);
      return job;
    },
  };
}
