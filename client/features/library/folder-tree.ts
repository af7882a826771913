import type { FolderCounts } from '../../api/folders/get-folders.ts';

export interface FolderNode {
  path: string;
  /** The last part of the path: `/products/shoes/` → `shoes`. */
  name: string;
  counts: FolderCounts;
  children: FolderNode[];
}

const parentOf = (path: string) => path.slice(0, path.slice(0, -1).lastIndexOf('/') + 1);
const nameOf = (path: string) => path.slice(0, -1).split('/').pop() ?? path;

/**
 * The folders as a tree below the root, sorted by name. A folder the list skips (only deeper
 * ones hold files) is still shown, counting what its subfolders hold, so every folder has a way
 * down from the root.
 */
export function buildFolderTree(folders: readonly FolderCounts[]): FolderNode[] {
  const nodes = new Map<string, FolderNode>();
  const ensure = (path: string): FolderNode => {
    let node = nodes.get(path);
    if (!node) {
      node = {
        path,
        name: nameOf(path),
        counts: { path, files: 0, untagged: 0, noRegion: 0 },
        children: [],
      };
      nodes.set(path, node);
      if (path !== '/') ensure(parentOf(path)).children.push(node);
    }
    return node;
  };
  const listed = new Set(folders.map((f) => f.path));
  for (const folder of folders) ensure(folder.path).counts = folder;
  // Counts of folders made up here are the sums of their children (counts include subfolders).
  const fill = (node: FolderNode): FolderCounts => {
    const sums = node.children.map(fill);
    if (!listed.has(node.path)) {
      node.counts = sums.reduce(
        (a, b) => ({
          path: node.path,
          files: a.files + b.files,
          untagged: a.untagged + b.untagged,
          noRegion: a.noRegion + b.noRegion,
        }),
        node.counts,
      );
    }
    node.children.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return node.counts;
  };
  const root = ensure('/');
  fill(root);
  return root.children;
}

/** The folders to open so that `folder` shows: its ancestors (not itself). */
export function ancestorsOf(folder: string | null): string[] {
  if (!folder) return [];
  const parts = folder.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
}
