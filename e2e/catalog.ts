import ImageKit, { toFile } from '@imagekit/nodejs';
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

async function csrf(page: Page): Promise<string> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  return session.csrfToken;
}

/**
 * Runs a full catalog pass now (admin) and waits for it: files put straight into the library
 * show up in the catalog only after a sync.
 */
export async function syncCatalog(page: Page): Promise<void> {
  const res = await page.request.post('/api/catalog/sync', {
    headers: { 'X-CSRF-Token': await csrf(page) },
    data: { full: true },
    timeout: 60_000,
  });
  expect(res.ok()).toBe(true);
  expect(((await res.json()) as { status: string }).status).toBe('ready');
}

/**
 * Uploads `count` tiny images into `folder` of the e2e server's local library through the
 * ImageKit SDK, as a team's own tools would, several at a time: one 16 px JPEG under many names,
 * so setting up thousands of files takes seconds, not minutes.
 */
export async function uploadMany(
  baseURL: string,
  folder: string,
  count: number,
  tags: string[],
): Promise<void> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('E2E_DATA_DIR is set by playwright.config.ts');
  const privateKey = fs.readFileSync(path.join(dataDir, 'local-library', 'library-key'), 'utf8');
  const client = new ImageKit({ privateKey: privateKey.trim(), baseURL: `${baseURL}/local` });
  const jpeg = await sharp({
    create: { width: 16, height: 16, channels: 3, background: '#c0a080' },
  })
    .jpeg()
    .toBuffer();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const name = `volume-${String(i).padStart(4, '0')}.jpg`;
      await client.files.upload({
        file: await toFile(jpeg, name),
        fileName: name,
        folder,
        useUniqueFileName: false,
        tags,
      });
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));
}
