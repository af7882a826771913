import { isDefaultView, viewKey, viewFromSearchParams, type LibraryView } from './library-view.ts';

/** The app's URLs, in one place so features can link without knowing the route table. */
export const paths = {
  library: '/',
  signIn: '/sign-in',
  users: '/admin/users',
  tags: '/tags',
  /** The library showing `view`. */
  view: (view: LibraryView) => (isDefaultView(view) ? '/' : `/?${viewKey(view)}`),
  /**
   * An image's editor. Opened from a view, it carries that view in `from`, so "Back to library"
   * returns to it (and a later previous/next can walk it).
   */
  file: (fileId: string, from?: LibraryView) => {
    const path = `/files/${encodeURIComponent(fileId)}`;
    if (!from || isDefaultView(from)) return path;
    return `${path}?${new URLSearchParams({ from: viewKey(from) }).toString()}`;
  },
} as const;

/** The view an editor was opened from (the whole library when it was opened directly). */
export function viewFromEditorParams(params: URLSearchParams): LibraryView {
  return viewFromSearchParams(new URLSearchParams(params.get('from') ?? ''));
}
