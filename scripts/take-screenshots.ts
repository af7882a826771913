/**
 * Renders the README's screenshots from a real run: a fresh server on the sample library, Debian's
 * chromium, the same steps a user takes. `npx tsx scripts/take-screenshots.ts` → docs/*.png
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = 3288;
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { username: 'demo', password: 'demo-password-1' };

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

/** The catalog's first pass can fail while the embedded library starts: run one now. */
async function syncCatalog(page: Page): Promise<void> {
  const { csrfToken } = await (await page.request.get(`${BASE}/api/session`)).json();
  await page.request.post(`${BASE}/api/catalog/sync`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { full: true },
  });
}

/** The library (or another page) at a phone's width and at a laptop's. */
async function shoot(page: Page, url: string, name: string, ready: string): Promise<void> {
  for (const [width, height, suffix] of [
    [1440, 900, ''],
    [390, 844, '-phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${BASE}${url}`);
    await page.getByText(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(ROOT, `docs/${name}${suffix}.png`) });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
}

async function open(page: Page, name: string): Promise<void> {
  await page.goto(BASE);
  await page.getByRole('link', { name }).first().click();
  await page.locator('.ReactCrop img').waitFor();
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.ReactCrop img');
    return img?.complete && img.naturalWidth > 0;
  });
}

// The server serves the built client: pictures of an old build would show an old app.
spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-if-stale.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-shots-'));
const server = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/index.ts'], {
  cwd: ROOT,
  env: {
    ...process.env,
    PORT: String(PORT),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    TAGCROP_ADMIN_USER: ADMIN.username,
    TAGCROP_ADMIN_PASSWORD: ADMIN.password,
  },
  stdio: 'inherit',
});

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(BASE);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Library', exact: true }).waitFor();
  await syncCatalog(page);

  await open(page, 'leather-handbag.jpg');
  const handbagUrl = page.url();
  const box = (await page.locator('.ReactCrop img').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.35);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.82, { steps: 10 });
  await page.mouse.up();
  const tags = page.getByLabel('Tags', { exact: true });
  await tags.fill('new-season');
  await tags.press('Enter');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved', { exact: true }).waitFor();
  // The saved-crop preview is lazy-loaded below the fold; load it before the picture is taken.
  const preview = page.getByRole('img', { name: 'Saved region at 1:1, as ImageKit crops it' });
  await preview.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    await preview.elementHandle(),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(ROOT, 'docs/editor.png') });

  await shoot(page, '/?untagged=true', 'library', 'need tags');
  await shoot(page, '/tags?sort=count', 'tags', 'used once');

  // The tagging loop: one image of "Needs tags" saved with Ctrl+Enter, on the next one.
  for (const [width, height, suffix] of [
    [1440, 900, ''],
    [390, 844, '-phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${BASE}/?untagged=true&sort=name`);
    await page.locator('a[href^="/files/"]').first().click();
    await page.locator('.pass-nav__position', { hasText: 'Image 1 of' }).waitFor();
    await page.keyboard.type('summer-sale');
    await page.keyboard.press('Enter');
    await page.locator('.region-proposal').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await page.locator('.pass-nav__position', { hasText: 'Image 2 of' }).waitFor();
    await page.locator('.region-proposal').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(ROOT, `docs/editor-loop${suffix}.png`) });
  }
  await page.setViewportSize({ width: 1360, height: 860 });

  await page.goto(`${BASE}/?folder=%2Fproducts%2Fshoes%2F`);
  await page.getByRole('button', { name: 'Select images' }).click();
  for (const name of ['red-sneaker.jpg', 'blue-running-shoe.jpg', 'white-leather-sneaker.jpg']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await page.getByText('sneaker · 2 of 3').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(ROOT, 'docs/bulk.png') });

  // The journal: the selection's change as a run on the Activity page, with Undo.
  const add = page.getByLabel('Tags to add', { exact: true });
  await add.fill('summer-sale');
  await add.press('Enter');
  await page.getByRole('button', { name: 'Apply to 3 files' }).click();
  await page.getByText('Updated 3 files.').first().waitFor();
  await page.goto(`${BASE}/activity`);
  await page.getByRole('list', { name: 'Runs' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({
    path: path.join(ROOT, 'docs/activity.png'),
    clip: { x: 0, y: 0, width: 1360, height: 360 },
  });

  // …and an image's History: the save made above, with Revert.
  await page.goto(handbagUrl);
  const history = page.locator('.history-panel');
  await history.getByRole('list', { name: 'Changes' }).waitFor();
  await history.scrollIntoViewIfNeeded();
  await history.screenshot({ path: path.join(ROOT, 'docs/history.png') });
  await browser.close();
  console.log(
    'wrote docs/: editor, editor-loop(-phone), bulk, activity, history, library(-phone), tags(-phone) .png',
  );
} finally {
  server.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
