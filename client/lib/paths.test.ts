import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, viewFromSearchParams } from './library-view.ts';
import { paths, viewFromEditorParams } from './paths.ts';

const NEEDS_TAGS = viewFromSearchParams(new URLSearchParams('untagged=true&sort=name'));

describe('paths', () => {
  it.each([
    ['the editor opened from the whole library', paths.file('f1', DEFAULT_VIEW), '/files/f1'],
    ['the editor opened directly', paths.file('f1'), '/files/f1'],
    [
      'the editor opened from a view carries it',
      paths.file('f1', NEEDS_TAGS),
      '/files/f1?from=untagged%3Dtrue%26sort%3Dname',
    ],
    ['the library showing a view', paths.view(NEEDS_TAGS), '/?untagged=true&sort=name'],
    ['the whole library', paths.view(DEFAULT_VIEW), '/'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('reads the view back from the editor URL', () => {
    const url = new URL(paths.file('f1', NEEDS_TAGS), 'http://x');
    expect(viewFromEditorParams(url.searchParams)).toEqual(NEEDS_TAGS);
    expect(viewFromEditorParams(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
  });
});
