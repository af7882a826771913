import { describe, expect, it } from 'vitest';
import { rollUpFolders } from './folder-tree.ts';

const row = (path: string, files: number, untagged = 0, noRegion = 0) => ({
  path,
  files,
  untagged,
  noRegion,
});

describe('rollUpFolders', () => {
  it('when folders are nested, then each counts itself and everything below, parents first', () => {
    expect(
      rollUpFolders([row('/products/shoes/', 3, 1, 2), row('/products/', 1, 1, 0), row('/', 2)]),
    ).toEqual([row('/', 6, 2, 2), row('/products/', 4, 2, 2), row('/products/shoes/', 3, 1, 2)]);
  });

  it('when a folder has only subfolders, then it still appears with their totals', () => {
    expect(rollUpFolders([row('/a/b/', 2), row('/a/c/', 1)])).toEqual([
      row('/', 3),
      row('/a/', 3),
      row('/a/b/', 2),
      row('/a/c/', 1),
    ]);
  });

  it('when the catalog is empty, then there are no folders', () => {
    expect(rollUpFolders([])).toEqual([]);
  });
});
