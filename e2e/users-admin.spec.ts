import { expect, test } from '@playwright/test';
import { fileById, fileNamed } from './api.ts';
import { signIn } from './sign-in.ts';

test('an admin adds a viewer, who can look but not change anything', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Users' }).click();
  await page.getByLabel('New user name').fill('e2e-viewer');
  await page.getByLabel('Password', { exact: true }).fill('viewer-password-1');
  await page.getByLabel('Role', { exact: true }).selectOption('viewer');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('rowheader', { name: 'e2e-viewer', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Role of e2e-viewer' })).toHaveValue('viewer');

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signIn(page, { username: 'e2e-viewer', password: 'viewer-password-1' });
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);

  const lamp = await fileNamed(page, 'adjustable-desk-lamp.jpg');
  await page.goto(`/files/${lamp.fileId}`);
  await expect(page.getByText(/Read only/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);

  // The API says the same to a viewer who tries anyway, token and all.
  const session = await (await page.request.get('/api/session')).json();
  const res = await page.request.patch(`/api/files/${lamp.fileId}/details`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { tags: ['sneaky'] },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe('forbidden');
  // Read back through the API: the refusal is the whole story, nothing was written.
  expect((await fileById(page, lamp.fileId)).tags).toEqual(lamp.tags);
});
