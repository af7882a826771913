import { expect, test } from '@playwright/test';
import { fileById, fileNamed } from './api.ts';
import { addTagAndSave } from './editor.ts';
import { signIn } from './sign-in.ts';

test('after a save, the toast’s Undo takes the save back', async ({ page }) => {
  await signIn(page);
  const before = await fileNamed(page, 'leather-handbag.jpg');
  await page.goto(`/files/${before.fileId}`);
  await addTagAndSave(page, 'e2e-toast');

  const toast = page.getByRole('region', { name: 'Undo' });
  await expect(toast).toContainText('Saved leather-handbag.jpg.');
  expect((await fileById(page, before.fileId)).tags).toContain('e2e-toast');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toContainText('Undone.');
  expect((await fileById(page, before.fileId)).tags ?? []).toEqual(before.tags ?? []);
});
