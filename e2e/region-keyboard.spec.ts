import { expect, test } from '@playwright/test';
import { fileById, fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

test('type the region in original pixels, nudge it with the keyboard, save with Ctrl+S', async ({
  page,
}) => {
  await signIn(page);
  const mug = await fileNamed(page, 'striped-ceramic-mug.jpg');
  await page.goto(`/files/${mug.fileId}`);

  const field = (name: string) => page.getByRole('spinbutton', { name, exact: true });
  for (const [name, value] of [
    ['X', '100'],
    ['Y', '200'],
    ['Width', '300'],
    ['Height', '400'],
  ] as const) {
    await field(name).fill(value);
    await field(name).press('Tab');
  }
  await expect(page.locator('.ReactCrop__crop-selection')).toBeVisible();
  await expect(page.getByText('x 100, y 200, 300 × 400 px')).toBeVisible();

  // Arrows move the region 1 original pixel; Shift + arrows resize it.
  await page.locator('.ReactCrop__crop-selection').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByText('x 103, y 200, 300 × 401 px')).toBeVisible();
  await expect(field('X')).toHaveValue('103');
  await expect(field('Height')).toHaveValue('401');

  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect((await fileById(page, mug.fileId)).customCoordinates).toBe('103,200,300,401');

  // A number past the image is clamped to it, never sent as is: what is stored is the clamped one.
  await field('Width').fill('99999');
  await field('Width').press('Tab');
  const clamped = mug.width! - 103;
  await expect(field('Width')).toHaveValue(String(clamped));
  const saved = page.waitForResponse(
    (res) => res.request().method() === 'PATCH' && res.url().endsWith(`/${mug.fileId}/details`),
  );
  await page.locator('.ReactCrop__crop-selection').focus();
  await page.keyboard.press('Control+s');
  expect((await saved).status()).toBe(200);
  expect((await fileById(page, mug.fileId)).customCoordinates).toBe(`103,200,${clamped},401`);
});
