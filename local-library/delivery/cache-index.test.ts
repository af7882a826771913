import { describe, expect, it } from 'vitest';
import { createCacheIndex } from './cache-index.ts';

describe('createCacheIndex', () => {
  it('gives up the oldest entries once the budget is passed', () => {
    const index = createCacheIndex(100);
    expect(index.add('a', 40)).toEqual([]);
    expect(index.add('b', 40)).toEqual([]);
    expect(index.add('c', 40)).toEqual(['a']);
    expect(index.totalBytes).toBe(80);
    expect(index.add('d', 90)).toEqual(['b', 'c']);
    expect(index.totalBytes).toBe(90);
  });

  it('counts a served entry as the newest', () => {
    const index = createCacheIndex(100);
    index.add('a', 40);
    index.add('b', 40);
    index.touch('a');
    expect(index.add('c', 40)).toEqual(['b']);
    expect(index.has('a')).toBe(true);
  });

  it('replaces an entry added twice and forgets removed ones', () => {
    const index = createCacheIndex(100);
    index.add('a', 40);
    index.add('a', 50);
    expect(index.totalBytes).toBe(50);
    index.forget('a');
    index.forget('missing');
    expect(index.totalBytes).toBe(0);
    expect(index.has('a')).toBe(false);
  });
});
