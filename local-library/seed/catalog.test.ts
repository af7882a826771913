import { describe, expect, it } from 'vitest';
import { SAMPLE_SPECS } from './catalog.ts';
import { productBox } from './compose.ts';

describe('SAMPLE_SPECS', () => {
  it.each(SAMPLE_SPECS.map((spec) => [spec.fileName, spec] as const))(
    '%s: the product lies inside the frame, off-centre',
    (_name, spec) => {
      const box = productBox({ ...spec, drawing: spec.product(spec.style, 'p') });
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(spec.width);
      expect(box.y + box.height).toBeLessThanOrEqual(spec.height);
      const offX = Math.abs(box.x + box.width / 2 - spec.width / 2) / spec.width;
      const offY = Math.abs(box.y + box.height / 2 - spec.height / 2) / spec.height;
      expect(Math.max(offX, offY)).toBeGreaterThanOrEqual(0.1);
    },
  );

  it('draws the same markup every time (no randomness)', () => {
    for (const spec of SAMPLE_SPECS) {
      expect(spec.product(spec.style, 'p').markup).toBe(spec.product(spec.style, 'p').markup);
    }
  });
});
