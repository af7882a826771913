/**
 * When a new tag is probably an existing one spelled differently ("sneakers" for "sneaker",
 * "tshirt" for "t-shirt", "sneeker" for "sneaker"). Tags that differ only in case are not near
 * duplicates: they are the same tag (tags ignore case), handled before this.
 */
export type NearDuplicateKind = 'spelling' | 'plural' | 'typo';

/** The typo rule only applies to words at least this long: "red" and "bed" are different tags. */
export const TYPO_MIN_LENGTH = 5;

const KIND_ORDER: readonly NearDuplicateKind[] = ['spelling', 'plural', 'typo'];

/** Lower case, accents and everything but letters and digits dropped: "T-Shirt" → "tshirt". */
export function tagKey(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** English plurals folded the simple way: sneakers, boxes, dresses, accessories, shoes. */
export function singularKey(key: string): string {
  if (key.length > 4 && key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.length > 3 && /(s|x|z|ch|sh)es$/.test(key)) return key.slice(0, -2);
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) return key.slice(0, -1);
  return key;
}

/**
 * Whether `a` and `b` are one edit apart (insert, delete or replace one letter). Digits never
 * count as a typo: "sale2019" and "sale2020" are different campaigns.
 */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.length >= b.length ? a.slice(i + 1) : a.slice(i);
  const restB = b.length >= a.length ? b.slice(i + 1) : b.slice(i);
  if (restA !== restB) return false;
  const changed = [a[i], b[i]].filter((c): c is string => c !== undefined);
  return !changed.some((c) => /\p{N}/u.test(c));
}

/** How `candidate` nearly duplicates `tag`, or null when it does not (or is the same tag). */
export function nearDuplicateKind(tag: string, candidate: string): NearDuplicateKind | null {
  if (tag.toLowerCase() === candidate.toLowerCase()) return null;
  const a = tagKey(tag);
  const b = tagKey(candidate);
  if (a === '' || b === '') return null;
  if (a === b) return 'spelling';
  if (singularKey(a) === singularKey(b)) return 'plural';
  if (Math.min(a.length, b.length) >= TYPO_MIN_LENGTH && oneLetterApart(a, b)) return 'typo';
  return null;
}

export interface NearDuplicate<T> {
  existing: T;
  kind: NearDuplicateKind;
}

/**
 * The existing tag that `tag` most likely duplicates: the closest kind first (spelling, then
 * plural, then typo), and among equals the first in `existing` (callers pass the most used first).
 */
export function findNearDuplicate<T extends { name: string }>(
  tag: string,
  existing: readonly T[],
): NearDuplicate<T> | null {
  let best: NearDuplicate<T> | null = null;
  for (const candidate of existing) {
    if (candidate.name.toLowerCase() === tag.toLowerCase()) return null;
    const kind = nearDuplicateKind(tag, candidate.name);
    if (kind && (!best || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(best.kind))) {
      best = { existing: candidate, kind };
    }
  }
  return best;
}

/**
 * Searches that find the near duplicates of `tag` in a vocabulary searched by substring: its
 * first and last three letters and digits catch a changed separator ("tshirt" finds "t-shirt"
 * by "irt"), a plural ("sneakers" finds "sneaker" by "sne") and one wrong letter anywhere in a
 * word of five or more.
 */
export function nearDuplicateSearches(tag: string): string[] {
  const key = tagKey(tag);
  if (key.length < 3) return key === '' ? [] : [key];
  return [...new Set([key.slice(0, 3), key.slice(-3)])];
}
