import { expect, type Page } from '@playwright/test';

/** In an open editor: types a tag into the Tags field, saves, and waits for "Saved". */
export async function addTagAndSave(page: Page, tag: string): Promise<void> {
  const tags = page.getByLabel('Tags', { exact: true });
  await tags.fill(tag);
  await tags.press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}
