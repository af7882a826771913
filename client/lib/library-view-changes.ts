import { DEFAULT_VIEW, type LibraryView, type TagListKey } from './library-view.ts';

/** How a tag narrows the view: the files must have it (all), may have one of several, or not. */
export type TagFilterMode = 'all' | 'any' | 'none';

const LIST_OF: Record<TagFilterMode, TagListKey> = { all: 'tags', any: 'anyTags', none: 'notTags' };
const LISTS = Object.values(LIST_OF);

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The mode a tag filters by in `view`, or null when it does not. */
export function tagFilterMode(view: LibraryView, tag: string): TagFilterMode | null {
  for (const [mode, key] of Object.entries(LIST_OF) as Array<[TagFilterMode, TagListKey]>) {
    if (view[key].some((t) => same(t, tag))) return mode;
  }
  return null;
}

export function withoutTagFilter(view: LibraryView, tag: string): LibraryView {
  const next = { ...view };
  for (const key of LISTS) next[key] = view[key].filter((t) => !same(t, tag));
  return next;
}

/** Filters by `tag` in `mode`; a tag is in one list at a time, so this also moves it. */
export function withTagFilter(view: LibraryView, tag: string, mode: TagFilterMode): LibraryView {
  const next = withoutTagFilter(view, tag);
  const key = LIST_OF[mode];
  return { ...next, [key]: [...next[key], tag] };
}

/** Every tag the view filters by, in the order the lists and their tags were given. */
export function tagFilters(view: LibraryView): Array<{ tag: string; mode: TagFilterMode }> {
  return (Object.entries(LIST_OF) as Array<[TagFilterMode, TagListKey]>).flatMap(([mode, key]) =>
    view[key].map((tag) => ({ tag, mode })),
  );
}

/** "Needs tags": only files without tags; off shows tagged and untagged alike. */
export function withNeedsTags(view: LibraryView, on: boolean): LibraryView {
  return { ...view, untagged: on ? true : null };
}

/** "Needs region": only files without a region. */
export function withNeedsRegion(view: LibraryView, on: boolean): LibraryView {
  return { ...view, region: on ? 'none' : null };
}

/** A folder (null: the whole library); subfolders are included again, as the usual case. */
export function withFolder(view: LibraryView, folder: string | null): LibraryView {
  return { ...view, folder: folder === '/' ? null : folder, subfolders: true };
}

/** Every condition off; the order stays, as it is a preference rather than a filter. */
export function withoutFilters(view: LibraryView, defaults: LibraryView): LibraryView {
  return { ...defaults, sort: view.sort };
}

/**
 * Where a view's most used tags are counted (the editor's quick picks): the view itself, with
 * "Needs tags" let go. Its files have no tags to count, while the tagged files beside them (same
 * folder, same search) hold the tags this batch most likely needs. The order counts for nothing.
 */
export function tagScopeOf(view: LibraryView): LibraryView {
  return {
    ...view,
    untagged: view.untagged === true ? null : view.untagged,
    sort: DEFAULT_VIEW.sort,
  };
}
