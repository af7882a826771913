import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN } from './e2e-env.ts';

export async function signIn(page: Page, user = E2E_ADMIN): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
