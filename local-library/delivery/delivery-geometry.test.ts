import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage, pixelAt, uploadImage } from '../testing/delivery-client.ts';
import { GREEN, GREY, quadrantsPng, salientPng, YELLOW } from '../testing/delivery-images.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { BLUE, RED, shareOfColour, WHITE } from '../testing/test-images.ts';

let library: TestLibrary;

beforeAll(async () => {
  library = await startTestLibrary();
  await uploadImage(library, 'quad.png', await quadrantsPng(800, 600));
  await uploadImage(
    library,
    'salient.png',
    await salientPng(900, 300, { x: 720, y: 100, size: 100 }),
  );
});
afterAll(() => library.stop());

async function sizeOf(url: string) {
  const { metadata } = await fetchImage(library, url);
  return { width: metadata.width, height: metadata.height };
}

type Rgb = { r: number; g: number; b: number };
async function colourAt(url: string, x: number, y: number): Promise<Rgb> {
  const { r, g, b } = await pixelAt((await fetchImage(library, url)).body, x, y);
  return { r, g, b };
}
/** Within 12 levels on every channel: resampling and PNG quantisation move edges slightly. */
async function expectColourAt(url: string, x: number, y: number, expected: Rgb) {
  const actual = await colourAt(url, x, y);
  const off = Math.max(...(['r', 'g', 'b'] as const).map((c) => Math.abs(actual[c] - expected[c])));
  expect(off, `${url} at ${x},${y}: ${JSON.stringify(actual)}`).toBeLessThanOrEqual(12);
}

describe('sizes on an 800x600 original', () => {
  const cases: [string, { width: number; height: number }][] = [
    ['/quad.png?tr=ar-4-5,w-400', { width: 400, height: 500 }],
    ['/quad.png?tr=ar-16-9,h-90', { width: 160, height: 90 }],
    ['/quad.png?tr=ar-1_1,w-100', { width: 100, height: 100 }],
    ['/quad.png?tr=ar-4-5,w-100,h-100', { width: 100, height: 100 }],
    ['/quad.png?tr=w-200,dpr-2', { width: 400, height: 300 }],
    ['/quad.png?tr=w-100,h-100,dpr-3', { width: 300, height: 300 }],
    ['/quad.png?tr=ar-4-5,w-100,dpr-2', { width: 200, height: 250 }],
    ['/quad.png?tr=w-200,dpr-0.5', { width: 100, height: 75 }],
    ['/quad.png?tr=w-2000,dpr-5', { width: 2000, height: 1500 }],
    ['/quad.png?tr=dpr-2', { width: 800, height: 600 }],
    ['/quad.png?tr=w-1600,h-1600,c-at_max', { width: 800, height: 600 }],
    ['/quad.png?tr=w-1600,h-1600,c-at_max_enlarge', { width: 1600, height: 1200 }],
    ['/quad.png?tr=w-300,h-300,c-at_least', { width: 400, height: 300 }],
    ['/quad.png?tr=w-300,h-100,c-force', { width: 300, height: 100 }],
    ['/quad.png?tr=w-300,h-300,cm-pad_resize', { width: 300, height: 300 }],
    ['/quad.png?tr=w-1000,h-1000,cm-pad_extract', { width: 1000, height: 1000 }],
    ['/quad.png?tr=w-100,h-100,cm-extract,fo-bottom_right', { width: 100, height: 100 }],
    ['/tr:w-400,rt-90/quad.png', { width: 300, height: 400 }],
  ];
  it.each(cases)('%s', async (url, expected) => {
    expect(await sizeOf(url)).toEqual(expected);
  });
});

describe('where crops and padding land', () => {
  const corners: [string, Rgb][] = [
    ['fo-top_left', RED],
    ['fo-top_right', GREEN],
    ['fo-bottom_left', BLUE],
    ['fo-bottom_right', YELLOW],
    ['fo-top', RED],
    ['fo-bottom', BLUE],
    ['fo-left', RED],
    ['fo-right', GREEN],
  ];
  it.each(corners)('cm-extract with %s keeps that side', async (focus, colour) => {
    const url = `/quad.png?tr=cm-extract,w-100,h-100,${focus}`;
    await expectColourAt(url, 5, 5, colour);
  });

  it('anchors the maintain-ratio crop too', async () => {
    await expectColourAt('/quad.png?tr=w-100,h-300,fo-right', 10, 10, GREEN);
    await expectColourAt('/quad.png?tr=w-100,h-300,fo-left', 90, 10, RED);
  });

  it('pads with bg- on both sides by default, or on one side with fo-', async () => {
    const centred = '/quad.png?tr=w-400,h-400,cm-pad_resize,bg-FFFFFF';
    await expectColourAt(centred, 200, 10, WHITE);
    await expectColourAt(centred, 200, 390, WHITE);
    await expectColourAt(centred, 10, 100, RED);
    const top = '/quad.png?tr=w-400,h-400,cm-pad_resize,bg-FFFFFF,fo-top';
    await expectColourAt(top, 10, 10, RED);
    await expectColourAt(top, 10, 390, WHITE);
  });

  it('pads with black when no bg- is given, as ImageKit documents', async () => {
    const url = '/quad.png?tr=w-400,h-400,cm-pad_resize';
    await expectColourAt(url, 200, 10, { r: 0, g: 0, b: 0 });
  });

  it('pads cm-pad_extract around the unscaled original', async () => {
    const url = '/quad.png?tr=w-1000,h-700,cm-pad_extract,bg-808080';
    await expectColourAt(url, 50, 50, GREY);
    await expectColourAt(url, 105, 55, RED);
    await expectColourAt(url, 895, 645, YELLOW);
  });

  it('turns with rt- and mirrors with fl-', async () => {
    await expectColourAt('/quad.png?tr=w-80,rt-90', 5, 5, BLUE);
    await expectColourAt('/quad.png?tr=w-80,rt-N90', 5, 5, GREEN);
    await expectColourAt('/quad.png?tr=w-80,rt-180', 5, 5, YELLOW);
    await expectColourAt('/quad.png?tr=w-80,rt-auto', 5, 5, RED);
    await expectColourAt('/quad.png?tr=w-80,fl-h', 5, 5, GREEN);
    await expectColourAt('/quad.png?tr=w-80,fl-v', 5, 5, BLUE);
  });
});

describe('fo-auto and fo-face (sharp attention)', () => {
  it('keep the salient part where a centred crop would lose it', async () => {
    for (const url of [
      '/salient.png?tr=w-300,h-300,fo-auto',
      '/salient.png?tr=w-300,h-300,fo-face',
      '/salient.png?tr=cm-extract,w-300,h-300,fo-auto',
      '/salient.png?tr=w-600:w-200,h-200,fo-auto',
    ]) {
      const { body } = await fetchImage(library, url);
      const grey = await shareOfColour(body, GREY);
      expect(grey, url).toBeLessThan(0.95);
    }
    const { body: centred } = await fetchImage(library, '/salient.png?tr=w-300,h-300');
    expect(await shareOfColour(centred, GREY)).toBe(1);
  });
});
