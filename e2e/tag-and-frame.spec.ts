import { expect, test } from '@playwright/test';
import type { FileDetails } from '../common/file-details.ts';
import { parseCoordinates } from '../common/coordinates.ts';
import { signIn } from './sign-in.ts';

test('sign in, draw a region and add a new tag, save, reload: both are back in original pixels', async ({
  page,
}) => {
  await signIn(page);
  // Collected after sign-in: before it, the app's "am I signed in?" call rightly gets a 401.
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

  // The widest sample makes the screen-to-original scale obvious (several original px per screen px).
  // The sample images only: other tests add thousands of tiny ones elsewhere.
  const list = await page.request.get('/api/files?folder=/products/&limit=100');
  const files = ((await list.json()) as { files: FileDetails[] }).files;
  expect(files.length).toBeGreaterThanOrEqual(16);
  const wide = files.reduce((a, b) => ((b.width ?? 0) > (a.width ?? 0) ? b : a));
  expect(wide.width).toBeGreaterThanOrEqual(3000);
  expect(wide.customCoordinates).toBeNull();

  // Among the samples: the grid only renders the rows near the screen.
  await page.goto('/?folder=%2Fproducts%2F');
  await page.getByRole('link', { name: wide.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/files/${wide.fileId}\\?from=folder`));

  const image = page.locator('.ReactCrop img');
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  const box = (await image.boundingBox())!;
  expect(box.width).toBeLessThan(wide.width!);

  const from = { x: box.x + box.width * 0.2, y: box.y + box.height * 0.25 };
  const to = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.75 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator('.ReactCrop__crop-selection')).toBeVisible();

  const tags = page.getByLabel('Tags');
  await tags.fill('e2e-fresh-tag');
  await tags.press('Enter');
  await expect(page.getByText('e2e-fresh-tag', { exact: true })).toBeVisible();

  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeEnabled();
  await save.click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByText('e2e-fresh-tag', { exact: true })).toBeVisible();
  await expect(page.locator('.ReactCrop__crop-selection')).toBeVisible();

  const saved = (await (await page.request.get(`/api/files/${wide.fileId}`)).json()) as FileDetails;
  expect(saved.tags).toContain('e2e-fresh-tag');
  const region = parseCoordinates(saved.customCoordinates ?? '')!;
  expect(region).not.toBeNull();

  // What was dragged on screen, scaled to the original; off by at most ~2 screen pixels.
  const scale = wide.width! / box.width;
  const tolerance = 2 * scale + 1;
  expect(Math.abs(region.x - 0.2 * wide.width!)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(region.y - 0.25 * wide.height!)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(region.width - 0.4 * wide.width!)).toBeLessThanOrEqual(2 * tolerance);
  expect(Math.abs(region.height - 0.5 * wide.height!)).toBeLessThanOrEqual(2 * tolerance);

  // The numbers shown after the reload are the saved original-pixel numbers.
  await expect(page.getByLabel('X', { exact: true })).toHaveValue(String(region.x));
  await expect(page.getByLabel('Y', { exact: true })).toHaveValue(String(region.y));
  await expect(page.getByLabel('Width', { exact: true })).toHaveValue(String(region.width));
  await expect(page.getByLabel('Height', { exact: true })).toHaveValue(String(region.height));

  expect(consoleErrors).toEqual([]);
});
