/**
 * Folder paths as ImageKit writes them in `filePath`: absolute, "/" separated, and (here) always
 * ending in "/" so that "/shoes/" is never mistaken for a prefix of "/shoes-sale/".
 */
export function normalizeFolder(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.endsWith('/') ? collapsed : `${collapsed}/`;
}

/** The folder a file lives in: `/a/b/c.jpg` → `/a/b/`. */
export function folderOf(filePath: string): string {
  return filePath.slice(0, filePath.lastIndexOf('/') + 1) || '/';
}

/** Every folder from the root down to `folder` itself: `/a/b/` → `/`, `/a/`, `/a/b/`. */
export function folderAncestors(folder: string): string[] {
  const parts = folder.split('/').filter(Boolean);
  return ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`)];
}

/**
 * The half-open range of folder paths at or below `folder`, for an indexed range scan instead of
 * LIKE (whose case rules differ between databases): "/" sorts just before "0", so every path
 * starting with "/a/" lies in ["/a/", "/a0").
 */
export function folderRange(folder: string): { from: string; to: string } {
  const normalized = normalizeFolder(folder);
  return { from: normalized, to: `${normalized.slice(0, -1)}0` };
}
