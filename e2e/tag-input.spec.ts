import { expect, test } from '@playwright/test';
import { fileById, fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('opening an image focuses the tags; Tab goes to the region, its numbers, then Save', async ({
  page,
}) => {
  await signIn(page);
  const chair = await fileNamed(page, 'oak-dining-chair.jpg');
  await page.goto(`/files/${chair.fileId}`);
  await expect(page).toHaveTitle('oak-dining-chair.jpg · tagcrop');
  const tags = page.getByLabel('Tags', { exact: true });
  await expect(tags).toBeFocused();

  // A first region from the keyboard, so that the region and Save both take part.
  await page.keyboard.press('Tab');
  const stage = page.getByRole('group', { name: /^Region: none so far/ });
  await expect(stage).toBeFocused();
  await page.keyboard.press('Enter');
  const region = page.getByRole('group', { name: /^Region\./ });
  await expect(region).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(tags).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
  for (const name of ['X', 'Y', 'Width', 'Height']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('spinbutton', { name, exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
});

test('the start of an existing tag and Enter takes that tag; a pasted list gives several tags', async ({
  page,
}) => {
  await signIn(page);
  const tote = await fileNamed(page, 'canvas-tote-bag.jpg');
  expect(tote.tags).toBeNull();
  await page.goto(`/files/${tote.fileId}`);
  const tags = page.getByLabel('Tags', { exact: true });
  await expect(tags).toBeFocused();

  // "backpack" is a tag of another sample; typed fast, Enter must not create "backp".
  await page.keyboard.type('backp');
  await page.keyboard.press('Enter');
  const chips = page.locator('.tag-select__multi-value__label');
  await expect(chips).toHaveText(['backpack']);

  await page.evaluate(() => navigator.clipboard.writeText('red, blue'));
  await page.keyboard.press('Control+V');
  await expect(chips).toHaveText(['backpack', 'red', 'blue']);
  await expect(tags).toHaveValue('');

  // Backspace in the empty input removes nothing.
  await page.keyboard.press('Backspace');
  await expect(chips).toHaveText(['backpack', 'red', 'blue']);

  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect((await fileById(page, tote.fileId)).tags).toEqual(['backpack', 'red', 'blue']);
});

test('a near duplicate of a library tag is flagged, and the library’s tag can take its place', async ({
  page,
}) => {
  await signIn(page);
  const cap = await fileNamed(page, 'green-baseball-cap.jpg');
  await page.goto(`/files/${cap.fileId}`);
  await expect(page.getByLabel('Tags', { exact: true })).toBeFocused();
  // "backpacks": the library has "backpack" (the hiking backpack's tag).
  await page.keyboard.type('backpacks');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(/“backpacks” is new here and is the plural or singular of “backpack”/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Use “backpack”' }).click();
  await expect(page.locator('.tag-select__multi-value__label')).toContainText(['backpack']);
  await expect(page.locator('.tag-select__multi-value__label')).not.toContainText(['backpacks']);
});
