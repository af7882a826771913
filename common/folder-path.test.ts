import { describe, expect, it } from 'vitest';
import { folderAncestors, folderOf, folderRange, normalizeFolder } from './folder-path.ts';

describe('folder paths', () => {
  it.each([
    ['/', '/'],
    ['/products', '/products/'],
    ['/products/shoes/', '/products/shoes/'],
    ['//products//shoes', '/products/shoes/'],
  ])('normalizeFolder(%j) is %j', (input, expected) => {
    expect(normalizeFolder(input)).toBe(expected);
  });

  it.each([
    ['/a.jpg', '/'],
    ['/products/shoes/red.jpg', '/products/shoes/'],
    ['no-slash.jpg', '/'],
  ])('folderOf(%j) is %j', (filePath, folder) => {
    expect(folderOf(filePath)).toBe(folder);
  });

  it.each([
    ['/', ['/']],
    ['/a/', ['/', '/a/']],
    ['/a/b/c/', ['/', '/a/', '/a/b/', '/a/b/c/']],
  ])('folderAncestors(%j)', (folder, expected) => {
    expect(folderAncestors(folder)).toEqual(expected);
  });

  // Every folder at or below the prefix lies in the range, a sibling sharing its start does not.
  it.each([
    ['/shoes/', '/shoes/', true],
    ['/shoes/', '/shoes/boots/', true],
    ['/shoes/', '/shoes-sale/', false],
    ['/shoes/', '/shoes0/', false],
    ['/shoes/', '/shoe/', false],
    ['/shoes', '/shoes/x/', true],
    ['/', '/anything/', true],
  ])('folderRange(%j) contains %j: %s', (folder, candidate, inside) => {
    const { from, to } = folderRange(folder);
    expect(candidate >= from && candidate < to).toBe(inside);
  });
});
