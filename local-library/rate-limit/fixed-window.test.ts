import { describe, expect, it } from 'vitest';
import { createFixedWindow } from './fixed-window.ts';

describe('createFixedWindow', () => {
  it('lets `limit` requests through per interval, then says how long to wait', () => {
    const window = createFixedWindow({ limit: 2, intervalMs: 1000 });
    expect(window.take(10_000)).toEqual({ allowed: true, limit: 2, intervalMs: 1000, resetMs: 0 });
    expect(window.take(10_100)).toEqual({
      allowed: true,
      limit: 2,
      intervalMs: 1000,
      resetMs: 900,
    });
    expect(window.take(10_250)).toEqual({
      allowed: false,
      limit: 2,
      intervalMs: 1000,
      resetMs: 750,
    });
    expect(window.take(10_999)).toMatchObject({ allowed: false, resetMs: 1 });
    expect(window.take(11_000)).toMatchObject({ allowed: true, resetMs: 0 });
  });

  it('does not count refused requests, so waiting resetMs always succeeds', () => {
    const window = createFixedWindow({ limit: 1, intervalMs: 100 });
    window.take(0);
    for (let t = 1; t < 100; t += 10) expect(window.take(t).allowed).toBe(false);
    const refused = window.take(60);
    expect(window.take(60 + refused.resetMs).allowed).toBe(true);
  });

  it('peeks without counting and without opening a window', () => {
    const window = createFixedWindow({ limit: 1, intervalMs: 100 });
    expect(window.peek(0)).toMatchObject({ allowed: true, resetMs: 0 });
    expect(window.peek(50)).toMatchObject({ allowed: true, resetMs: 0 });
    window.take(50);
    expect(window.peek(60)).toMatchObject({ allowed: false, resetMs: 90 });
    expect(window.peek(150)).toMatchObject({ allowed: true, resetMs: 0 });
  });
});
