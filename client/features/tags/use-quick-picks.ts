import { useState } from 'react';
import { useTopTags } from '../../api/tags/get-top-tags.ts';
import type { FileQuery } from '../../lib/file-query.ts';
import { MAX_QUICK_PICKS } from './quick-picks.tsx';
import { keepSlots, rankQuickPicks } from './quick-pick-ranking.ts';

// More than the chips: tags that differ only in case become one chip, and the nine must still fill.
const COUNTED = MAX_QUICK_PICKS * 2;

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag, i) => tag === b[i]);

/**
 * The one-key chips for tagging the files of a view: the tags used most where `scope` looks
 * (see tagScopeOf), counted by the server and brought up to date after every save. A chip keeps
 * its key while it stays among them, so Alt+N means the same tag all through a pass; the hook
 * belongs where it outlives one image.
 */
export function useQuickPicks(scope: FileQuery): string[] {
  const top = useTopTags(scope, COUNTED);
  const [chips, setChips] = useState<string[]>([]);
  const next = keepSlots(chips, rankQuickPicks(top.data ?? [], MAX_QUICK_PICKS));
  if (top.data && !same(next, chips)) setChips(next);
  return top.data ? next : chips;
}
