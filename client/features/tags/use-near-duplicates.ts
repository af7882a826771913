import { useState } from 'react';
import {
  findNearDuplicate,
  nearDuplicateSearches,
  type NearDuplicateKind,
} from '../../../common/tag-similarity.ts';
import type { TagCount } from '../../api/tags/get-tag-vocabulary.ts';

export interface NearDuplicateWarning {
  /** The tag the user added. */
  tag: string;
  /** The library's tag it probably means. */
  existing: TagCount;
  kind: NearDuplicateKind;
}

/**
 * Warnings for new tags that look like existing library tags. Checked after the tag is added, so
 * typing never waits for it; a warning lasts while its tag is in the list and not dismissed.
 */
export function useNearDuplicates(
  lookup: (q: string) => Promise<TagCount[]>,
  current: readonly string[],
) {
  const [warnings, setWarnings] = useState<NearDuplicateWarning[]>([]);

  async function check(tags: readonly string[]) {
    const found = await Promise.all(
      tags.map(async (tag): Promise<NearDuplicateWarning | null> => {
        const results = await Promise.all(
          nearDuplicateSearches(tag).map((q) => lookup(q).catch(() => [])),
        );
        const near = findNearDuplicate(tag, results.flat());
        return near && { tag, existing: near.existing, kind: near.kind };
      }),
    );
    const fresh = found.filter((w): w is NearDuplicateWarning => w !== null);
    if (fresh.length === 0) return;
    setWarnings((old) => [...old.filter((w) => !fresh.some((f) => f.tag === w.tag)), ...fresh]);
  }

  const dismiss = (tag: string) => setWarnings((old) => old.filter((w) => w.tag !== tag));

  return {
    warnings: warnings.filter((w) => current.includes(w.tag)),
    check: (tags: readonly string[]) => void check(tags),
    dismiss,
  };
}
