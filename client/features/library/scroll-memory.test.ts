import { describe, expect, it } from 'vitest';
import { saveScrollY, savedScrollY } from './scroll-memory.ts';

describe('scroll memory', () => {
  it('keeps one position per view', () => {
    saveScrollY('untagged=true', 1234.4);
    saveScrollY('', 50);
    expect(savedScrollY('untagged=true')).toBe(1234);
    expect(savedScrollY('')).toBe(50);
    expect(savedScrollY('region=none')).toBe(0);
  });

  it('forgets the oldest views past twenty', () => {
    for (let i = 0; i < 25; i++) saveScrollY(`q=${i}`, 100 + i);
    expect(savedScrollY('q=0')).toBe(0);
    expect(savedScrollY('q=24')).toBe(124);
  });

  it('reads broken storage as the top', () => {
    sessionStorage.setItem('tagcrop.library-scroll', 'nope');
    expect(savedScrollY('')).toBe(0);
  });
});
