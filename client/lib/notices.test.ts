import { describe, expect, it, vi } from 'vitest';
import { createNoticeStore } from './notices.ts';

describe('createNoticeStore', () => {
  it('keeps messages in order, drops repeats, keeps the newest three, and notifies listeners', () => {
    const store = createNoticeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    for (const message of ['a', 'b', 'a', 'c', 'd']) store.push(message);
    expect(store.getSnapshot().map((n) => n.message)).toEqual(['b', 'c', 'd']);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('dismisses one notice by id', () => {
    const store = createNoticeStore();
    store.push('a');
    store.push('b');
    const first = store.getSnapshot()[0];
    store.dismiss(first?.id ?? -1);
    expect(store.getSnapshot().map((n) => n.message)).toEqual(['b']);
  });
});
