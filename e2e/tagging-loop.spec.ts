import { expect, test, type Page } from '@playwright/test';
import type { FileDetails } from '../common/file-details.ts';
import { fileById } from './api.ts';
import { syncCatalog } from './catalog.ts';
import { productShots, uploadProducts } from './product-images.ts';
import { signIn } from './sign-in.ts';

/** "Needs tags" in one folder, by name: the view a marketer would tag a batch from. */
const needsTags = (folder: string) =>
  `/?${new URLSearchParams({ untagged: 'true', folder, sort: 'name' }).toString()}`;

async function filesIn(page: Page, folder: string): Promise<FileDetails[]> {
  const res = await page.request.get('/api/files', { params: { folder, sort: 'name' } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { files: FileDetails[] }).files;
}

/** Opens the view's first image as the keyboard would: its card focused, then Enter. */
async function openFirst(page: Page, folder: string, count: number) {
  await page.goto(needsTags(folder));
  await expect(page.locator('a[href^="/files/"]')).toHaveCount(count);
  await page.locator('a[href^="/files/"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Image 1 of ${count}`, { exact: true })).toBeVisible();
  await expect(page.getByLabel('Tags', { exact: true })).toBeFocused();
}

test('ten images of "Needs tags" tagged with the keyboard alone, at most 4 keys each besides the tag text', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const folder = '/e2e-loop/keyboard/';
  const shots = productShots('loop', 10);
  await signIn(page);
  await uploadProducts(baseURL!, folder, shots);
  await syncCatalog(page);
  await openFirst(page, folder, 10);

  const keysPerImage: number[] = [];
  let keys = 0;
  const press = async (key: string) => {
    keys += 1;
    await page.keyboard.press(key);
  };
  const tags = page.getByLabel('Tags', { exact: true });
  const chips = page.locator('.tag-select__multi-value__label');
  const proposal = page.locator('.region-proposal');

  for (let n = 1; n <= 10; n += 1) {
    await expect(page.getByRole('heading', { name: shots[n - 1]!.name })).toBeVisible();
    await expect(page.getByText(`Image ${n} of 10`, { exact: true })).toBeVisible();
    await expect(tags).toBeFocused();
    keys = 0;
    if (n <= 3) {
      if (n === 1) await page.keyboard.type('loop-sneaker'); // a new tag: its text, then Enter
      if (n === 2) await page.keyboard.type('loop-sn'); // the start of it: Enter takes it
      if (n <= 2) await press('Enter');
      if (n === 3) {
        // The view's most used tag is quick pick 1 by now.
        await expect(page.getByRole('button', { name: '1 loop-sneaker' })).toBeVisible();
        await press('Alt+1');
      }
      await expect(chips).toHaveText(['loop-sneaker']);
      await expect(proposal).toBeVisible(); // the suggested region, waiting to be taken
      await press('Tab');
      await press('Enter');
      await expect(proposal).toHaveCount(0);
    } else {
      await expect(page.getByText(`(${shots[n - 2]!.name})`)).toBeVisible();
      await press('Alt+Shift+P'); // same as previous: its tags and its region, scaled
      await expect(chips).toHaveText(['loop-sneaker']);
    }
    await press('Control+Enter'); // save, and on to the next image (after the last: the view)
    keysPerImage.push(keys);
  }

  const summary = page.getByRole('status').filter({ hasText: 'in this pass' });
  await expect(summary).toHaveText(
    /You reached the end of this view\. Saved 10 images in this pass: 10 now tagged, 10 with a region\./,
  );
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(needsTags(folder));
  await expect(page.locator('a[href^="/files/"]')).toHaveCount(0);

  console.log(`Keys per image besides the tag text: ${keysPerImage.join(', ')}`);
  test.info().annotations.push({ type: 'keys per image', description: keysPerImage.join(', ') });
  expect(keysPerImage).toEqual([4, 4, 4, 2, 2, 2, 2, 2, 2, 2]);
  expect(Math.max(...keysPerImage)).toBeLessThanOrEqual(4);

  for (const file of await filesIn(page, folder)) {
    const saved = await fileById(page, file.fileId);
    expect(saved.tags, saved.name).toEqual(['loop-sneaker']);
    expect(saved.customCoordinates, saved.name).not.toBeNull();
  }
});

test('"Same as previous" takes the last image’s tags and its region scaled to this image, one key each', async ({
  page,
  baseURL,
}) => {
  const folder = '/e2e-loop/same/';
  const [first, second] = productShots('same', 2); // 800 × 600, then 600 × 800
  await signIn(page);
  await uploadProducts(baseURL!, folder, [first!, second!]);
  await syncCatalog(page);
  await openFirst(page, folder, 2);

  const chips = page.locator('.tag-select__multi-value__label');
  await page.keyboard.type('loop-red,loop-summer,');
  await expect(chips).toHaveText(['loop-red', 'loop-summer']);
  await expect(page.locator('.region-proposal')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { name: second!.name })).toBeVisible();
  const group = page.getByRole('group', { name: 'Same as previous image' });
  await expect(group).toContainText(`(${first!.name})`);
  for (const [name, keys] of [
    ['Both', 'Alt+Shift+P'],
    ['Tags', 'Alt+Shift+G'],
    ['Region', 'Alt+Shift+R'],
  ]) {
    await expect(group.getByRole('button', { name })).toHaveAttribute('aria-keyshortcuts', keys!);
  }

  await page.keyboard.press('Alt+Shift+G');
  await expect(chips).toHaveText(['loop-red', 'loop-summer']);
  await expect(page.getByText('No region', { exact: true })).toBeVisible();
  await page.keyboard.press('Alt+Shift+R');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  const files = await filesIn(page, folder);
  const [a, b] = await Promise.all(files.map((f) => fileById(page, f.fileId)));
  const [x, y, w, h] = a!.customCoordinates!.split(',').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  // 800 × 600 → 600 × 800: x and width × 3/4, y and height × 4/3, edges rounded.
  const edge = (v: number, scale: number) => Math.round(v * scale);
  const expected = [
    edge(x, 0.75),
    edge(y, 4 / 3),
    edge(x + w, 0.75) - edge(x, 0.75),
    edge(y + h, 4 / 3) - edge(y, 4 / 3),
  ].join(',');
  expect(b!.tags).toEqual(['loop-red', 'loop-summer']);
  expect(b!.customCoordinates).toBe(expected);
});

test('after the last image, the view says what the pass saved; moving on unsaved asks first', async ({
  page,
  baseURL,
}) => {
  const folder = '/e2e-loop/summary/';
  const shots = productShots('summary', 3);
  await signIn(page);
  await uploadProducts(baseURL!, folder, shots);
  await syncCatalog(page);
  await openFirst(page, folder, 3);

  await page.keyboard.type('loop-done');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Image 2 of 3', { exact: true })).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight'); // nothing changed: straight on, nothing saved
  await expect(page.getByText('Image 3 of 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save and finish' })).toBeVisible();

  await page.keyboard.type('loop-done');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+ArrowRight'); // unsaved: the editor asks
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await page.getByLabel('Tags', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');

  await expect(page).toHaveURL(needsTags(folder));
  await expect(page.getByRole('status').filter({ hasText: 'in this pass' })).toHaveText(
    /You reached the end of this view\. Saved 2 images in this pass: 2 now tagged\./,
  );
  // The one skipped still needs tags.
  await expect(page.locator('a[href^="/files/"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText(/in this pass/)).toHaveCount(0);
});
