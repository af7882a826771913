import { expect, test, type Page } from '@playwright/test';
import type { FileDetails } from '../common/file-details.ts';
import { fileById, fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

const NAMES = ['hiking-backpack.jpg', 'coral-summer-dress.jpg'];
const VIEW_TAG = 'e2e-activity-view';

/** Puts `tag` on the file through tagcrop's API, so that a view can show just these files. */
async function tagByApi(page: Page, file: FileDetails, tag: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as {
    csrfToken: string;
  };
  const res = await page.request.patch(`/api/files/${file.fileId}/details`, {
    headers: { 'X-CSRF-Token': csrfToken, 'If-Match': '*' },
    data: { tags: [...(file.tags ?? []).filter((t) => t !== tag), tag] },
  });
  expect(res.ok()).toBe(true);
}

test('a bulk run is undone from the Activity page: each file is back as it was', async ({
  page,
}) => {
  await signIn(page);
  for (const name of NAMES) await tagByApi(page, await fileNamed(page, name), VIEW_TAG);
  const before = await Promise.all(NAMES.map((name) => fileNamed(page, name)));

  await page.goto(`/?tags=${VIEW_TAG}`);
  await page.getByRole('button', { name: 'Select images' }).click();
  for (const name of NAMES) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  const add = page.getByLabel('Tags to add', { exact: true });
  await add.fill('e2e-undone');
  await add.press('Enter');
  await page.getByRole('button', { name: 'Apply to 2 files' }).click();
  await expect(page.getByText('Added e2e-undone. Updated 2 files.')).toBeVisible();
  for (const file of before)
    expect((await fileById(page, file.fileId)).tags).toContain('e2e-undone');

  await page.getByRole('link', { name: 'Activity', exact: true }).click();
  const runs = page.getByRole('list', { name: 'Runs' });
  const run = runs.getByRole('listitem', { name: 'Added e2e-undone', exact: true }).first();
  await run.getByRole('button', { name: 'Undo this run' }).click();
  await expect(
    runs.getByRole('listitem', { name: 'Undid: added e2e-undone' }).first(),
  ).toBeVisible();
  await expect(run).toContainText('Undone.');
  for (const file of before) {
    expect((await fileById(page, file.fileId)).tags).toEqual(file.tags);
  }
});
