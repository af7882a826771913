import { describe, expect, it } from 'vitest';
import { pageThrough } from './overlapping-pager.ts';

/** A listing that changes as it is read: `between(callNumber, list)` runs before each call. */
function listing(size: number, between: (call: number, list: string[]) => void = () => {}) {
  const list = Array.from({ length: size }, (_, i) => `f${String(i).padStart(4, '0')}`);
  let calls = 0;
  return {
    list,
    fetch: async (skip: number, limit: number) => {
      between(calls++, list);
      return list.slice(skip, skip + limit);
    },
  };
}

async function readAll(source: ReturnType<typeof listing>, pageSize = 10, overlap = 3) {
  const seen = new Set<string>();
  const result = await pageThrough(
    source.fetch,
    (id) => id,
    async (items) => void items.forEach((id) => seen.add(id)),
    pageSize,
    overlap,
  );
  return { seen, ...result };
}

describe('pageThrough', () => {
  it.each([0, 1, 9, 10, 11, 35])('when nothing changes, then all %i items are read', async (n) => {
    const source = listing(n);
    const { seen, gap } = await readAll(source);
    expect([...seen]).toEqual(source.list);
    expect(gap).toBe(false);
  });

  it('when a few items before the position vanish between pages, then none is missed', async () => {
    const source = listing(40, (call, list) => {
      if (call === 2) list.splice(0, 2);
    });
    const expected = [...source.list].slice(2);
    const { seen, gap } = await readAll(source);
    expect(expected.every((id) => seen.has(id))).toBe(true);
    expect(gap).toBe(false);
  });

  it('when more vanish than the overlap covers, then it steps back and still misses none', async () => {
    const source = listing(60, (call, list) => {
      if (call === 3) list.splice(0, 8);
    });
    const survivors = source.list.slice(8);
    const { seen, gap } = await readAll(source);
    expect(survivors.every((id) => seen.has(id))).toBe(true);
    expect(gap).toBe(false);
  });

  it('when items are appended while reading, then they are read too', async () => {
    const source = listing(25, (call, list) => {
      if (call === 1) list.push('new1', 'new2');
    });
    const { seen } = await readAll(source);
    expect(seen.has('new1') && seen.has('new2')).toBe(true);
  });
});
