import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Background } from './backgrounds.ts';
import type { Scene } from './compose.ts';
import { productBox, sceneSvg } from './compose.ts';
import type { Drawing } from './svg-kit.ts';

const square: Drawing = {
  width: 200,
  height: 100,
  markup: '<rect width="200" height="100" fill="#ff0000"/>',
  shadow: { kind: 'floor' },
};

function scene(background: Background, overrides: Partial<Scene> = {}): Scene {
  return {
    width: 300,
    height: 200,
    background,
    drawing: square,
    placement: { cx: 0.7, cy: 0.5, size: 0.5 },
    ...overrides,
  };
}

describe('productBox', () => {
  it.each([
    [{ cx: 0.25, cy: 0.5, size: 0.5 }, 1000, 500, { x: 125, y: 187.5, width: 250, height: 125 }],
    [{ cx: 0.5, cy: 0.5, size: 1 }, 400, 800, { x: 0, y: 300, width: 400, height: 200 }],
    [{ cx: 0.7, cy: 0.3, size: 0.2 }, 1000, 1000, { x: 600, y: 250, width: 200, height: 100 }],
  ])('%j in %ix%i -> %j', (placement, width, height, expected) => {
    expect(
      productBox(scene({ kind: 'flat', color: '#ffffff' }, { placement, width, height })),
    ).toEqual(expected);
  });
});

async function rgbaAt(svg: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(Buffer.from(svg))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 4;
  return [...data.subarray(at, at + 4)];
}

describe('sceneSvg', () => {
  const backgrounds: Background[] = [
    { kind: 'flat', color: '#336699' },
    { kind: 'gradient', from: '#ffffff', to: '#000000', angle: 30 },
    { kind: 'spotlight', inner: '#ffffff', outer: '#888888', cx: 0.3, cy: 0.4 },
    { kind: 'studio', wall: '#eeeeee', floor: '#cccccc', horizon: 0.6 },
    { kind: 'split', first: '#ffffff', second: '#000000', at: 0.5, vertical: true },
    { kind: 'dots', base: '#ffffff', dot: '#000000', spacing: 0.1 },
    { kind: 'stripes', base: '#ffffff', stripe: '#000000', spacing: 0.1 },
    { kind: 'tiles', base: '#ffffff', line: '#000000', spacing: 0.1 },
    { kind: 'transparent' },
  ];

  it.each(backgrounds.map((b) => [b.kind, b] as const))(
    '%s: renders at the frame size with the product where productBox says',
    async (_kind, background) => {
      const s = scene(background);
      const svg = sceneSvg(s);
      const meta = await sharp(Buffer.from(svg)).metadata();
      expect([meta.width, meta.height]).toEqual([300, 200]);
      const box = productBox(s);
      const centre = await rgbaAt(svg, Math.round(box.x + box.width / 2), Math.round(box.y + 10));
      expect(centre).toEqual([255, 0, 0, 255]);
    },
  );

  it('leaves the corners clear on a transparent background and fills them otherwise', async () => {
    expect((await rgbaAt(sceneSvg(scene({ kind: 'transparent' })), 0, 0))[3]).toBe(0);
    expect(await rgbaAt(sceneSvg(scene({ kind: 'flat', color: '#336699' })), 0, 0)).toEqual([
      0x33, 0x66, 0x99, 255,
    ]);
  });

  it('casts a drop shadow down and to the right of the outline', async () => {
    const dropped: Drawing = {
      ...square,
      shadow: { kind: 'drop', outline: 'M 0 0 H 200 V 100 H 0 Z' },
    };
    const s = scene({ kind: 'flat', color: '#ffffff' }, { drawing: dropped });
    const box = productBox(s);
    const svg = sceneSvg(s);
    const below = await rgbaAt(
      svg,
      Math.round(box.x + box.width / 2),
      Math.round(box.y + box.height + 2),
    );
    const above = await rgbaAt(svg, Math.round(box.x + box.width / 2), Math.round(box.y - 3));
    expect(below[0]).toBeLessThan(250);
    expect(above[0]).toBeGreaterThan(below[0] ?? 0);
  });
});
