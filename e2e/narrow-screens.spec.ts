import { expect, test, type Page } from '@playwright/test';
import { fileNamed } from './api.ts';
import { E2E_ADMIN } from './e2e-env.ts';
import { signIn } from './sign-in.ts';

/** How far the page is wider than the window (0 when nothing sticks out sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectInWindow(page: Page, name: string, width: number, height: number) {
  const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

/** Every page, once loaded: sign-in, library, an editor, tags, users. */
async function visitEveryPage(page: Page, check: (name: string) => Promise<void>) {
  await page.goto('/sign-in');
  await expect(page.getByLabel('Username')).toBeFocused();
  await check('sign-in');
  await page.getByLabel('Username').fill(E2E_ADMIN.username);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Other tests add images to this library too, so wait for the grid, not one image.
  await expect(page.locator('.file-card img').first()).toBeVisible();
  await check('library');
  const lamp = await fileNamed(page, 'adjustable-desk-lamp.jpg');
  await page.goto(`/files/${lamp.fileId}`);
  await expect(page.locator('.ReactCrop img')).toBeVisible();
  await check('editor');
  await page.goto('/tags');
  await expect(page.getByRole('heading', { name: 'Tags' })).toBeVisible();
  await expect(page.locator('.tag-total')).toHaveText(/\d tags?$/);
  await check('tags');
  await page.goto('/admin/users');
  await expect(page.getByRole('table')).toBeVisible();
  await check('users');
}

test.describe('at 390 px wide, touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('no page is wider than the screen, and Sign out is on it', async ({ page }) => {
    await visitEveryPage(page, async (name) => {
      expect(await overflow(page), name).toBe(0);
      if (name !== 'sign-in') await expectInWindow(page, 'Sign out', 390, 844);
    });
  });

  test('the editor keeps Save on screen, and a region can be drawn by touch', async ({ page }) => {
    await signIn(page);
    const hat = await fileNamed(page, 'green-baseball-cap.jpg');
    await page.goto(`/files/${hat.fileId}`);
    const image = page.locator('.ReactCrop img');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    await expectInWindow(page, 'Save', 390, 844);

    const box = (await image.boundingBox())!;
    const touch = await page.context().newCDPSession(page);
    const at = (fx: number, fy: number) => [
      { x: box.x + box.width * fx, y: box.y + box.height * fy },
    ];
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.1, 0.2) });
    for (let step = 1; step <= 8; step++) {
      const f = step / 8;
      await touch.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(0.1 + 0.5 * f, 0.2 + 0.6 * f),
      });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page.locator('.ReactCrop__crop-selection')).toBeVisible();
    const width = Number(
      await page.getByRole('spinbutton', { name: 'Width', exact: true }).inputValue(),
    );
    expect(width).toBeGreaterThan(hat.width! * 0.4);
    expect(width).toBeLessThan(hat.width! * 0.6);

    // Far down the page, Save is still there.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expectInWindow(page, 'Save', 390, 844);
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  });
});

test.describe('at 1024 px wide', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('every page fits, and the editor shows the image beside its fields', async ({ page }) => {
    await visitEveryPage(page, async (name) => {
      expect(await overflow(page), name).toBe(0);
      if (name !== 'editor') return;
      const image = (await page.locator('.region-stage').boundingBox())!;
      const tags = (await page.locator('.editor__tags').boundingBox())!;
      expect(tags.x).toBeGreaterThanOrEqual(image.x + image.width);
      expect(tags.x + tags.width).toBeLessThanOrEqual(1024);
    });
  });
});
