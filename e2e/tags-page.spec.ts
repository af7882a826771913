import { expect, test } from '@playwright/test';
import type { FileDetails } from '../common/file-details.ts';
import { syncCatalog } from './catalog.ts';
import { signIn } from './sign-in.ts';

test('rename a tag on the Tags page: every image that had it has the new name instead', async ({
  page,
}) => {
  await signIn(page);
  await syncCatalog(page);
  const tagged = async (tag: string) =>
    ((await (await page.request.get(`/api/files?tags=${tag}`)).json()) as { files: FileDetails[] })
      .files;
  const before = await tagged('cutout');
  expect(before.length).toBeGreaterThanOrEqual(2);

  await page.getByRole('link', { name: 'Tags', exact: true }).click();
  await page.getByLabel('Search').fill('cutout');
  await page.getByRole('button', { name: 'Rename cutout' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename “cutout”' });
  await dialog.getByLabel('New name').fill('cut-out');
  await expect(dialog.getByText(/will be tagged “cut-out” instead/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Rename' }).click();

  await expect(page.getByRole('heading', { name: 'Done' })).toBeVisible();
  await expect(
    page.getByText(`Added cut-out; removed cutout. Updated ${before.length} files.`),
  ).toBeVisible();
  expect(await tagged('cutout')).toEqual([]);
  const after = await tagged('cut-out');
  expect(after.map((f) => f.fileId).sort()).toEqual(before.map((f) => f.fileId).sort());
  for (const file of after) expect(file.tags).not.toContain('cutout');
});
