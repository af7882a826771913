import { expect, test } from '@playwright/test';
import { fileById, fileNamed } from './api.ts';
import { E2E_ADMIN } from './e2e-env.ts';
import { addTagAndSave } from './editor.ts';
import { signIn } from './sign-in.ts';

test('a save is reverted from the History panel: its tags are taken back, as a new change', async ({
  page,
}) => {
  await signIn(page);
  // The tests share one library: what the file holds now is read, not assumed.
  const before = await fileNamed(page, 'navy-t-shirt.jpg');
  await page.goto(`/files/${before.fileId}`);
  await addTagAndSave(page, 'e2e-history');

  const changes = page.getByRole('list', { name: 'Changes' });
  const saved = changes.getByRole('listitem', { name: `Saved by ${E2E_ADMIN.username}` }).first();
  await expect(saved.getByRole('list', { name: 'What changed' })).toHaveText('+e2e-history');
  await saved.getByRole('button', { name: 'Revert' }).click();

  await expect(
    changes.getByRole('listitem', { name: `Reverted by ${E2E_ADMIN.username}` }).first(),
  ).toContainText('−e2e-history');
  expect((await fileById(page, before.fileId)).tags ?? []).toEqual(before.tags ?? []);
  // The editor shows the file as it is now: the tag is gone from the field too.
  await expect(page.locator('.tag-select').getByText('e2e-history')).toHaveCount(0);
});
