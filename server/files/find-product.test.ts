import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findProduct } from './find-product.ts';
import type { Box, Pixels } from './pixel-box.ts';

const W = 400;
const H = 300;
/** Where every scene below puts its product. */
const PRODUCT: Box = { x: 220, y: 90, width: 120, height: 150 };

async function pixels(svgBody: string, background = ''): Promise<Pixels> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${background}${svgBody}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const { x, y, width, height } = PRODUCT;
const product = (fill: string, stroke: string) =>
  `<rect x="${x + 2}" y="${y + 2}" width="${width - 4}" height="${height - 4}" fill="${fill}" stroke="${stroke}" stroke-width="4"/>`;
// A contact shadow under the product, as the sample images draw it.
const floorShadow = `<defs><radialGradient id="s"><stop offset="0" stop-color="#000" stop-opacity="0.42"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs><ellipse cx="${x + width / 2}" cy="${y + height}" rx="${width * 0.6}" ry="14" fill="url(#s)"/>`;

const near = (found: Box | undefined, expected: Box, tolerance = 3) => {
  expect(found).toBeDefined();
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(found![key] - expected[key]), key).toBeLessThanOrEqual(tolerance);
  }
};

describe('findProduct', () => {
  it('a cut-out on a transparent background: the opaque part, not its soft shadow', async () => {
    const shadow = `<rect x="${x + 8}" y="${y + 8}" width="${width}" height="${height}" fill="#000" fill-opacity="0.2"/>`;
    const found = findProduct(await pixels(shadow + product('#c33', '#611')));
    expect(found?.method).toBe('transparency');
    near(found?.box, PRODUCT);
  });

  it('a product on one plain colour: what differs from it, without the floor shadow', async () => {
    const found = findProduct(
      await pixels(
        floorShadow + product('#2a5', '#153'),
        `<rect width="100%" height="100%" fill="#cfe3d8"/>`,
      ),
    );
    expect(found?.method).toBe('background');
    near(found?.box, PRODUCT);
  });

  it('a grey product on a pale plain background is kept whole by its outline', async () => {
    const found = findProduct(
      await pixels(
        product('#e2e2e2', '#8a8a8a'),
        `<rect width="100%" height="100%" fill="#f7f4ee"/>`,
      ),
    );
    expect(found?.method).toBe('background');
    near(found?.box, PRODUCT);
  });

  it('a product on a gradient: its outline', async () => {
    const gradient = `<defs><linearGradient id="g"><stop offset="0" stop-color="#e4edf6"/><stop offset="1" stop-color="#9fb8d0"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>`;
    const found = findProduct(await pixels(product('#d33', '#611'), gradient));
    expect(found?.method).toBe('edges');
    near(found?.box, PRODUCT);
  });

  it('a background of two colours side by side: the line between them is not the product', async () => {
    const split = `<rect width="100%" height="100%" fill="#e0c9a6"/><rect width="120" height="100%" fill="#f4f1de"/>`;
    const found = findProduct(await pixels(product('#395', '#132'), split));
    expect(found?.method).toBe('edges');
    near(found?.box, PRODUCT);
  });

  it('an image with nothing standing out finds nothing (the caller falls back to attention)', async () => {
    const gradient = `<defs><linearGradient id="g"><stop offset="0" stop-color="#eee"/><stop offset="1" stop-color="#ccc"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>`;
    expect(findProduct(await pixels('', gradient))).toBeNull();
  });
});
