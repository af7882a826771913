import { expect, test, type Page } from '@playwright/test';
import { parseCoordinates } from '../common/coordinates.ts';
import { fileById, fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** The region's numbers as the fields show them. */
async function numbers(page: Page) {
  const value = async (name: string) =>
    Number(await page.getByRole('spinbutton', { name, exact: true }).inputValue());
  return {
    x: await value('X'),
    y: await value('Y'),
    width: await value('Width'),
    height: await value('Height'),
  };
}

const onRatio = (r: { width: number; height: number }, ratio: number) =>
  Math.abs(r.height - r.width / ratio) <= 0.5 + 1e-9;

test('a 16:9 preset holds while drawing, dragging a corner and typing, and is what is saved', async ({
  page,
}) => {
  await signIn(page);
  const plant = await fileNamed(page, 'potted-house-plant.jpg');
  await page.goto(`/files/${plant.fileId}`);
  const image = page.locator('.ReactCrop img');
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);

  await page.getByRole('radio', { name: '16:9' }).check();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await image.boundingBox())!;
  await drag(
    page,
    { x: box.x + box.width * 0.2, y: box.y + box.height * 0.2 },
    { x: box.x + box.width * 0.55, y: box.y + box.height * 0.75 },
  );
  await expect(page.locator('.ReactCrop__crop-selection')).toBeVisible();
  const drawn = await numbers(page);
  expect(drawn.width).toBeGreaterThan(200);
  expect(onRatio(drawn, 16 / 9), JSON.stringify(drawn)).toBe(true);

  // Pull the bottom-right corner further out: the shape stays 16:9.
  const corner = (await page.locator('.ReactCrop__drag-handle.ord-se').boundingBox())!;
  const grab = { x: corner.x + corner.width / 2, y: corner.y + corner.height / 2 };
  await drag(page, grab, { x: grab.x + box.width * 0.15, y: grab.y + box.height * 0.05 });
  const pulled = await numbers(page);
  expect(pulled.width).toBeGreaterThan(drawn.width);
  expect(onRatio(pulled, 16 / 9), JSON.stringify(pulled)).toBe(true);

  // Typing a width sets the height; Shift + arrow on the region keeps the ratio too.
  const width = page.getByRole('spinbutton', { name: 'Width', exact: true });
  await width.fill('640');
  await expect(page.getByRole('spinbutton', { name: 'Height', exact: true })).toHaveValue('360');
  await page.getByRole('group', { name: /^Region\./ }).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('spinbutton', { name: 'Height', exact: true })).toHaveValue('361');

  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const saved = parseCoordinates((await fileById(page, plant.fileId)).customCoordinates ?? '')!;
  expect(saved).toMatchObject({ width: 641, height: 361 });

  // The saved region, as pages get it at three shapes, from ImageKit's own crop (fo-custom).
  for (const ratio of ['1:1', '4:5', '16:9']) {
    const preview = page.getByRole('img', {
      name: `Saved region at ${ratio}, as ImageKit crops it`,
    });
    await preview.scrollIntoViewIfNeeded();
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
});
