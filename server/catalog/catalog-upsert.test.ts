import { describe, expect, it } from 'vitest';
import type { CatalogRow } from './catalog-row.ts';
import { isNewer } from './catalog-upsert.ts';

const incoming = (updatedAt: number, details = 'ik') =>
  ({ file_id: 'f', updated_at: updatedAt, details }) as CatalogRow;
const stored = (updatedAt: number, details = 'ik', patched = 0) => ({
  id: 1,
  file_id: 'f',
  updated_at: updatedAt,
  patched_locally: patched,
  details,
});

describe('isNewer: does ImageKit’s description replace our row?', () => {
  it.each([
    ['no row yet', incoming(5), undefined, false, true],
    ['newer', incoming(6), stored(5), false, true],
    ['older (read before a save landed)', incoming(4), stored(5), false, false],
    ['older, even when read just now', incoming(4), stored(5), true, false],
    ['same time, same details', incoming(5), stored(5), false, false],
    ['same time, other details', incoming(5, 'other'), stored(5), false, true],
    [
      'same time over our bulk overlay, from a sync page',
      incoming(5, 'old'),
      stored(5, 'ours', 1),
      false,
      false,
    ],
    [
      'same time over our bulk overlay, read just now',
      incoming(5, 'old'),
      stored(5, 'ours', 1),
      true,
      true,
    ],
    ['newer over our bulk overlay', incoming(6), stored(5, 'ours', 1), false, true],
  ])('%s', (_name, row, existing, fresh, expected) => {
    expect(isNewer(row, existing, fresh)).toBe(expected);
  });
});
