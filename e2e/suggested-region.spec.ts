import { expect, test } from '@playwright/test';
import type { SuggestedRegion } from '../common/api/suggested-region.ts';
import { fileById, fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

test('tag and frame a sample with the keyboard alone: the suggested region is one Enter away', async ({
  page,
}) => {
  await signIn(page);
  const bottle = await fileNamed(page, 'insulated-water-bottle.jpg');
  expect(bottle.customCoordinates).toBeNull();
  const answer = await page.request.get(`/api/files/${bottle.fileId}/suggested-region`);
  expect(answer.ok()).toBe(true);
  const suggested = (await answer.json()) as SuggestedRegion;

  await page.goto(`/files/${bottle.fileId}`);
  await expect(page.getByLabel('Tags', { exact: true })).toBeFocused();
  await expect(page.locator('.region-proposal')).toBeVisible();

  // Every key pressed, besides the text of the tag itself.
  let keys = 0;
  const press = async (key: string) => {
    keys += 1;
    await page.keyboard.press(key);
  };
  await page.keyboard.type('outd');
  await press('Enter'); // takes the library's tag "outdoor"
  await press('Tab'); // to the region
  await expect(page.getByRole('group', { name: /^Region: none so far/ })).toBeFocused();
  await press('Enter'); // takes the suggestion
  await expect(page.getByRole('group', { name: /^Region\./ })).toBeFocused();
  await press('Control+s');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect(keys).toBe(4);

  const saved = await fileById(page, bottle.fileId);
  expect(saved.customCoordinates).toBe(suggested.customCoordinates);
  expect(saved.tags).toEqual(['outdoor']);
});

test('a suggestion can be asked for again, adjusted, and let go with Escape', async ({ page }) => {
  await signIn(page);
  const boot = await fileNamed(page, 'brown-chelsea-boot.jpg');
  await page.goto(`/files/${boot.fileId}`);
  const status = page.getByText(/^Suggested \(the plain background trimmed\)/);
  await expect(status).toBeVisible();

  await page.getByRole('button', { name: 'Use suggestion' }).click();
  await expect(page.getByRole('group', { name: /^Region\./ })).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  const width = page.getByRole('spinbutton', { name: 'Width', exact: true });
  const adjusted = await width.inputValue();

  await page.getByRole('button', { name: 'Suggest region' }).click();
  await expect(page.locator('.region-proposal')).toBeVisible();
  await page.getByRole('group', { name: /^Region\./ }).focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.region-proposal')).toHaveCount(0);
  await expect(width).toHaveValue(adjusted);
});
