import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import type { FileDetails } from '../common/file-details.ts';
import { signIn } from './sign-in.ts';

// The specs share one library: this run's folder and tag are its own, so nothing another spec
// added (or a later run of this one) can be counted here.
const run = Date.now().toString(36);
const FOLDER = `/e2e-uploads/u${run}/`;
const TAG = `uploaded-${run}`;

async function png(name: string, background: string, width: number) {
  const buffer = await sharp({ create: { width, height: 240, channels: 3, background } })
    .png()
    .toBuffer();
  return { name, mimeType: 'image/png', buffer };
}

test('three images picked and dropped into a folder with a tag show up in its folder view and under the tag', async ({
  page,
}) => {
  const images = await Promise.all([
    png(`red-${run}.png`, '#c0392b', 320),
    png(`green-${run}.png`, '#27ae60', 360),
    png(`blue-${run}.png`, '#2980b9', 400),
  ]);
  await signIn(page);
  await page.goto(`/?folder=${encodeURIComponent(FOLDER)}`);
  const zone = page.getByRole('region', { name: 'Upload images' });
  await expect(zone.getByRole('button', { name: 'Upload images…' })).toBeVisible();

  // Two through the file input behind the button…
  await page.getByLabel('Choose images to upload').setInputFiles(images.slice(0, 2));
  // …and one dropped, as a drag from the desktop delivers it.
  const third = images[2]!;
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'image/png' }));
      return transfer;
    },
    { name: third.name, base64: third.buffer.toString('base64') },
  );
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });

  const form = page.getByRole('form', { name: 'Images to upload' });
  await expect(form).toContainText(`3 images ready to upload into ${FOLDER}`);
  // A comma takes the typed tag as it is.
  await form.getByLabel('Tags for these images').pressSequentially(`${TAG},`);
  await expect(form.getByText(TAG, { exact: true })).toBeVisible();
  await form.getByRole('button', { name: 'Upload 3 images' }).click();

  await expect(zone.getByRole('status').filter({ hasText: 'uploaded' })).toHaveText(
    '3 images uploaded.',
    { timeout: 30_000 },
  );
  // The folder's view refreshes by itself once the batch has settled.
  const grid = page.getByRole('grid', { name: 'Images' });
  for (const { name } of images) {
    const stem = name.replace('.png', '');
    await expect(grid.getByRole('img', { name: new RegExp(`^${stem}_\\w+\\.png$`) })).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: /^3 images$/ })).toBeVisible();

  await page.goto(`/?tags=${TAG}`);
  await expect(grid.getByRole('img')).toHaveCount(3);

  // What the catalog holds: the three, in the folder, with the tag.
  const res = await page.request.get(`/api/files?tags=${TAG}`);
  const { files } = (await res.json()) as { files: FileDetails[] };
  expect(files.map((f) => f.filePath.slice(0, FOLDER.length))).toEqual([FOLDER, FOLDER, FOLDER]);
  expect(files.every((f) => f.tags?.includes(TAG))).toBe(true);
});
