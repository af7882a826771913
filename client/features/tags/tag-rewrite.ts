import { tagProblem } from '../../../common/tags.ts';
import { formatCount } from '../../lib/format-count.ts';

/** What the Tags page can do to a tag across the library. */
export type TagAction = 'rename' | 'merge' | 'delete';

/** A tag's new name (null: the tag goes), as the user typed it. */
export interface TagRewrite {
  action: TagAction;
  from: string;
  to: string | null;
}

/**
 * Why the rewrite cannot run. `targetExists` is whether a tag spelled exactly `to` is in the
 * library (null while that is being looked up): a merge needs one; a rename onto one is a merge.
 */
export function rewriteProblems(rewrite: TagRewrite, targetExists: boolean | null): string[] {
  if (rewrite.action === 'delete') return [];
  const to = (rewrite.to ?? '').trim();
  if (to === '')
    return [rewrite.action === 'merge' ? 'Choose the tag to merge into.' : 'Enter the new name.'];
  const problem = tagProblem(to);
  if (problem) return [problem];
  if (to === rewrite.from) return [`“${to}” is this tag’s name already.`];
  if (rewrite.action === 'merge' && targetExists === false) {
    return [`There is no tag “${to}” to merge into.`];
  }
  return [];
}

const images = (count: number) => `${formatCount(count)} ${count === 1 ? 'image' : 'images'}`;

/** One sentence saying what the run will do, for the dialog. */
export function describeRewrite(rewrite: TagRewrite, count: number, targetExists: boolean): string {
  const { from, to } = rewrite;
  if (to === null || rewrite.action === 'delete') {
    return `“${from}” will be removed from ${images(count)}.`;
  }
  const target = to.trim();
  if (targetExists) {
    return `The ${images(count)} tagged “${from}” will be tagged “${target}” instead; “${target}” already exists, so the two become one.`;
  }
  return `The ${images(count)} tagged “${from}” will be tagged “${target}” instead.`;
}
