/**
 * A seeded, made-up product library: what each file is called, where it lives, its tags and its
 * region. Pure, so the benchmark (which writes these straight into a library's database) and
 * scripts/generate-library.ts (which uploads real images) describe the same kind of library.
 */

const CATEGORIES: Record<string, readonly string[]> = {
  shoes: ['sneaker', 'boot', 'sandal', 'loafer', 'heel'],
  bags: ['tote', 'backpack', 'clutch', 'satchel'],
  watches: ['wristwatch', 'chronograph', 'smartwatch'],
  apparel: ['t-shirt', 'hoodie', 'jacket', 'dress', 'jeans'],
  home: ['mug', 'lamp', 'vase', 'cushion'],
  accessories: ['sunglasses', 'scarf', 'belt', 'cap'],
};
export const COLOURS = {
  red: '#c0392b',
  blue: '#2e6fd8',
  green: '#27ae60',
  black: '#1d1d1f',
  white: '#f4f4f4',
  yellow: '#f1c40f',
  orange: '#e67e22',
  pink: '#e891b3',
  purple: '#8e44ad',
  brown: '#8d5a3b',
  grey: '#95a5a6',
  gold: '#c9a227',
  silver: '#bdc3c7',
  navy: '#1f3a5f',
  beige: '#d8c3a5',
} as const;
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const CATEGORY_NAMES = Object.keys(CATEGORIES);
const COLOUR_NAMES = Object.keys(COLOURS) as Array<keyof typeof COLOURS>;

export interface ProductSpec {
  name: string;
  folder: string;
  colour: keyof typeof COLOURS;
  width: number;
  height: number;
  /** Empty for an untagged file. */
  tags: string[];
  /** `x,y,width,height` inside width × height, or null. */
  region: string | null;
  isPrivate: boolean;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `i`-th product (0-based) of a library of `total`, drawn from `next`. */
export function productSpec(i: number, total: number, next: () => number): ProductSpec {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const category = pick(CATEGORY_NAMES);
  const kind = pick(CATEGORIES[category]!);
  const colour = pick(COLOUR_NAMES);
  const digits = Math.max(4, String(total - 1).length);
  const season = pick(SEASONS);
  const folder =
    next() < 0.15
      ? `/campaigns/${season}-${2023 + Math.floor(next() * 3)}/`
      : next() < 0.5
        ? `/products/${category}/${kind}s/`
        : `/products/${category}/`;
  const width = 400 + Math.floor(next() * 8) * 100;
  const height = 300 + Math.floor(next() * 8) * 100;
  const tags: string[] = [];
  if (next() >= 0.15) {
    tags.push(kind, colour, `${colour}-${kind}`, category);
    if (next() < 0.3) tags.push(`${season}-sale`);
    // A long tail of styles: most used by a handful of files, many by one (typos look like this).
    if (next() < 0.6)
      tags.push(`style-${Math.floor(Math.pow(next(), 2.2) * Math.max(10, total / 3.8))}`);
  }
  const hasRegion = next() < 0.45;
  const rw = Math.max(1, Math.floor(width * (0.3 + next() * 0.5)));
  const rh = Math.max(1, Math.floor(height * (0.3 + next() * 0.5)));
  const rx = Math.floor(next() * (width - rw));
  const ry = Math.floor(next() * (height - rh));
  return {
    name: `${colour}-${kind}-${String(i).padStart(digits, '0')}.jpg`,
    folder,
    colour,
    width,
    height,
    tags,
    region: hasRegion ? `${rx},${ry},${rw},${rh}` : null,
    isPrivate: next() < 0.03,
  };
}
