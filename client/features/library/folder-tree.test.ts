import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildFolderTree, type FolderNode } from './folder-tree.ts';

const f = (path: string, files: number, untagged = 0, noRegion = 0) => ({
  path,
  files,
  untagged,
  noRegion,
});
const shape = (nodes: FolderNode[]): unknown =>
  nodes.map((n) => [n.name, n.counts.files, n.counts.untagged, shape(n.children)]);

describe('buildFolderTree', () => {
  it('nests folders under their parents, sorted by name, without the root itself', () => {
    const tree = buildFolderTree([
      f('/', 30),
      f('/products/', 20, 5),
      f('/products/shoes/', 12, 3),
      f('/products/bags/', 8, 2),
      f('/banners/', 10, 1),
    ]);
    expect(shape(tree)).toEqual([
      ['banners', 10, 1, []],
      [
        'products',
        20,
        5,
        [
          ['bags', 8, 2, []],
          ['shoes', 12, 3, []],
        ],
      ],
    ]);
  });

  it('makes up a skipped folder, counting its subfolders', () => {
    const tree = buildFolderTree([f('/a/b/', 4, 1, 2), f('/a/c/', 6, 0, 1)]);
    expect(tree[0]?.path).toBe('/a/');
    expect(tree[0]?.counts).toEqual({ path: '/a/', files: 10, untagged: 1, noRegion: 3 });
  });

  it('has nothing to show for an empty library', () => {
    expect(buildFolderTree([])).toEqual([]);
  });
});

describe('ancestorsOf', () => {
  it.each([
    [null, []],
    ['/a/', []],
    ['/a/b/c/', ['/a/', '/a/b/']],
  ])('%j → %j', (folder, expected) => {
    expect(ancestorsOf(folder)).toEqual(expected);
  });
});
