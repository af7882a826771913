import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path.ts';

describe('returnPath', () => {
  it.each([
    [undefined, '/'],
    [null, '/'],
    [{}, '/'],
    [{ from: 42 }, '/'],
    [{ from: '/files/abc?x=1#y' }, '/files/abc?x=1#y'],
    [{ from: '//evil.example/x' }, '/'],
    [{ from: 'https://evil.example/' }, '/'],
    [{ from: '/sign-in' }, '/'],
  ])('%j → %s', (state, expected) => {
    expect(returnPath(state)).toBe(expected);
  });
});
