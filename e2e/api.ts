import { expect, type Page } from '@playwright/test';
import type { FileDetails } from '../common/file-details.ts';

/** Reads through tagcrop's own API with the page's session, to check what really got saved. */
export async function fileNamed(page: Page, name: string): Promise<FileDetails> {
  const query = encodeURIComponent(`name = "${name}"`);
  const res = await page.request.get(`/api/files?searchQuery=${query}`);
  expect(res.ok()).toBe(true);
  const { files } = (await res.json()) as { files: FileDetails[] };
  expect(files).toHaveLength(1);
  return files[0]!;
}

export async function fileById(page: Page, fileId: string): Promise<FileDetails> {
  const res = await page.request.get(`/api/files/${fileId}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as FileDetails;
}
