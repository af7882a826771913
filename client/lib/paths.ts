import { isDefaultView, viewKey, viewFromSearchParams, type LibraryView } from './library-view.ts';

function fileInView(fileId: string, fromKey: string): string {
  const path = `/files/${encodeURIComponent(fileId)}`;
  return fromKey === '' ? path : `${path}?${new URLSearchParams({ from: fromKey }).toString()}`;
}

/** The app's URLs, in one place so features can link without knowing the route table. */
export const paths = {
  library: '/',
  signIn: '/sign-in',
  users: '/admin/users',
  tags: '/tags',
  activity: '/activity',
  /** The library showing `view`. */
  view: (view: LibraryView) => (isDefaultView(view) ? '/' : `/?${viewKey(view)}`),
  /**
   * An image's editor. Opened from a view, it carries that view in `from`, so "Back to library"
   * returns to it (and a later previous/next can walk it).
   */
  file: (fileId: string, from?: LibraryView) => fileInView(fileId, from ? viewKey(from) : ''),
  /** The same, for a view already turned into its key (a grid links hundreds of cards). */
  fileInView,
} as const;

/** The view an editor was opened from (the whole library when it was opened directly). */
export function viewFromEditorParams(params: URLSearchParams): LibraryView {
  return viewFromSearchParams(new URLSearchParams(params.get('from') ?? ''));
}
