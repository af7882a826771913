import { expect, test } from '@playwright/test';
import { syncCatalog, uploadMany } from './catalog.ts';
import { signIn } from './sign-in.ts';

const COUNT = 2000;

test('scrolling through 2,000 images keeps the page small', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  await signIn(page);
  // Straight into the library, as a team's own upload tools would; the catalog picks them up.
  await uploadMany(baseURL!, '/e2e-volume/', COUNT, ['e2e-volume']);
  await syncCatalog(page);

  await page.goto('/?folder=%2Fe2e-volume%2F&sort=name');
  await expect(page.getByRole('status').filter({ hasText: '2,000 images' })).toBeVisible();

  const last = page.getByRole('img', { name: 'volume-1999.jpg' });
  let maxImages = 0;
  let maxElements = 0;
  for (let step = 0; step < 400 && !(await last.isVisible()); step++) {
    await page.mouse.wheel(0, 2500);
    // Let the virtualizer render the rows now in view (and a page load if the end came near).
    await page.waitForTimeout(60);
    const [images, elements] = await page.evaluate(() => [
      document.images.length,
      document.getElementsByTagName('*').length,
    ]);
    maxImages = Math.max(maxImages, images);
    maxElements = Math.max(maxElements, elements);
  }
  await expect(last).toBeVisible();
  console.log(`2,000 files scrolled: at most ${maxImages} <img>, ${maxElements} elements`);
  expect(maxImages).toBeLessThanOrEqual(150);
  expect(maxElements).toBeLessThanOrEqual(3000);
});
