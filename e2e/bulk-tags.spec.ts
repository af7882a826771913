import { expect, test } from '@playwright/test';
import { fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

const SHOES = ['red-sneaker.jpg', 'white-leather-sneaker.jpg', 'brown-chelsea-boot.jpg'];

test('select three images, add a tag and remove one, and every file keeps its other tags', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Select images' }).click();
  for (const name of SHOES) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await expect(page.getByText('3 selected')).toBeVisible();

  // Only the red sneaker has "footwear": the remove list says so before anything is sent.
  await expect(page.getByText('footwear · 1 of 3')).toBeVisible();
  await page.getByRole('checkbox', { name: /footwear/ }).check();
  const add = page.getByLabel('Tags to add', { exact: true });
  await add.fill('e2e-bulk');
  await add.press('Enter');
  await page.getByRole('button', { name: 'Apply to 3 files' }).click();

  await expect(page.getByText('Added e2e-bulk; removed footwear. Updated 3 files.')).toBeVisible();

  const red = await fileNamed(page, 'red-sneaker.jpg');
  expect(red.tags).toEqual(expect.arrayContaining(['sneaker', 'red', 'e2e-bulk']));
  expect(red.tags).not.toContain('footwear');
  for (const name of SHOES.slice(1)) {
    expect((await fileNamed(page, name)).tags).toEqual(['e2e-bulk']);
  }
});
