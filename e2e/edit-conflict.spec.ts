import { expect, test, type Page } from '@playwright/test';
import { fileById, fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

async function addTag(page: Page, tag: string): Promise<void> {
  const tags = page.getByLabel('Tags', { exact: true });
  await tags.fill(tag);
  await tags.press('Enter');
}

test('two editors on one image: the second save is stopped, merged on the first, and both tags land', async ({
  browser,
}) => {
  const [alice, bob] = await Promise.all([browser.newPage(), browser.newPage()]);
  await signIn(alice);
  await signIn(bob);
  const watch = await fileNamed(alice, 'gold-wristwatch.jpg');
  await alice.goto(`/files/${watch.fileId}`);
  await bob.goto(`/files/${watch.fileId}`);
  await expect(bob.getByRole('heading', { name: 'gold-wristwatch.jpg' })).toBeVisible();

  await addTag(alice, 'from-alice');
  await alice.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(alice.getByText('Saved', { exact: true })).toBeVisible();

  await addTag(bob, 'from-bob');
  await bob.getByRole('button', { name: 'Save', exact: true }).click();
  const notice = bob.getByRole('alert').filter({ hasText: 'someone else changed this image' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('from-alice');
  expect((await fileById(bob, watch.fileId)).tags).toEqual(['from-alice']);

  await bob.getByRole('button', { name: 'Keep my changes on their version' }).click();
  await bob.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(bob.getByText('Saved', { exact: true })).toBeVisible();
  expect((await fileById(bob, watch.fileId)).tags).toEqual(['from-alice', 'from-bob']);
  await Promise.all([alice.close(), bob.close()]);
});
