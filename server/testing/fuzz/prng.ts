/**
 * A small seeded PRNG (mulberry32), so a fuzz run is repeatable from its printed seed;
 * Math.random would make a failure impossible to replay.
 */
export function createPrng(seed: number) {
  let state = seed >>> 0;

  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  function int(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)]!;
  }

  /** `length` characters drawn from `alphabet`. */
  function text(length: number, alphabet: string): string {
    const chars = Array.from(alphabet);
    let out = '';
    for (let i = 0; i < length; i++) out += pick(chars);
    return out;
  }

  return { next, int, pick, text, chance: (p: number) => next() < p };
}

export type Prng = ReturnType<typeof createPrng>;
