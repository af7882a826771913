/**
 * Upload throughput from the browser to the local library, in files/s at 1 MiB each: the
 * library page's upload (Chromium, three requests at a time, each streamed by tagcrop to the
 * library through the SDK), beside the same files posted to tagcrop's API from Node with the same
 * parallelism, and sent straight to the library with the SDK when its key is at hand
 * (--data-dir). Needs a running server (and a built client), e.g.:
 *
 *   npm run build
 *   DATA_DIR=/tmp/tc-up PORT=3317 TAGCROP_ADMIN_USER=admin TAGCROP_ADMIN_PASSWORD=admin-password-1 \
 *     UPLOAD_RATE_LIMIT=100000/1h node_modules/.bin/tsx server/index.ts
 *   npx tsx bench/upload-throughput.ts --base http://127.0.0.1:3317 --data-dir /tmp/tc-up [--files 40]
 */
import ImageKit, { toFile } from '@imagekit/nodejs';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.BENCH_BASE ?? 'http://127.0.0.1:3317' },
    user: { type: 'string', default: 'admin' },
    password: { type: 'string', default: 'admin-password-1' },
    files: { type: 'string', default: '40' },
    'data-dir': { type: 'string' },
  },
});
const BASE = values.base!;
const COUNT = Number(values.files);
const PARALLEL = 3;
const run = Date.now().toString(36);

/** Random pixels do not compress: 512 × 512 RGBA is 1 MiB of PNG, give or take its framing. */
async function makeImages(dir: string): Promise<string[]> {
  return Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      const file = path.join(dir, `bench-${run}-${String(i).padStart(3, '0')}.png`);
      const pixels = randomBytes(512 * 512 * 4);
      await sharp(pixels, { raw: { width: 512, height: 512, channels: 4 } })
        .png({ compressionLevel: 0 })
        .toFile(file);
      return file;
    }),
  );
}

async function inParallel(files: string[], send: (file: string) => Promise<void>) {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < files.length) await send(files[next++]!);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return (performance.now() - start) / 1000;
}

async function throughTheBrowser(page: Page, files: string[]): Promise<number> {
  await page.goto(`${BASE}/?folder=${encodeURIComponent(`/bench-uploads/${run}/browser/`)}`);
  await page.getByLabel('Choose images to upload').setInputFiles(files);
  const start = performance.now();
  await page.getByRole('button', { name: `Upload ${files.length} images` }).click();
  await page
    .getByRole('region', { name: 'Upload images' })
    .getByText(`${files.length} images uploaded.`, { exact: true })
    .waitFor({ timeout: 600_000 });
  return (performance.now() - start) / 1000;
}

async function throughTheApi(page: Page, files: string[]): Promise<number> {
  const { csrfToken } = await (await page.request.get(`${BASE}/api/session`)).json();
  const cookie = (await page.context().cookies(BASE)).map((c) => `${c.name}=${c.value}`).join('; ');
  return inParallel(files, async (file) => {
    const form = new FormData();
    form.set('folder', `/bench-uploads/${run}/api/`);
    form.set('file', await fs.openAsBlob(file, { type: 'image/png' }), path.basename(file));
    const res = await fetch(`${BASE}/api/files`, {
      method: 'POST',
      headers: { cookie, 'X-CSRF-Token': csrfToken },
      body: form,
    });
    if (res.status !== 201) throw new Error(`${file}: ${res.status} ${await res.text()}`);
  });
}

async function straightToTheLibrary(dataDir: string, files: string[]): Promise<number> {
  const key = fs.readFileSync(path.join(dataDir, 'local-library', 'library-key'), 'utf8').trim();
  const client = new ImageKit({ privateKey: key, baseURL: `${BASE}/local`, maxRetries: 0 });
  return inParallel(files, async (file) => {
    await client.files.upload({
      file: await toFile(fs.readFileSync(file), path.basename(file)),
      fileName: path.basename(file),
      folder: `/bench-uploads/${run}/direct/`,
    });
  });
}

const reachable = await fetch(`${BASE}/api/health`).then(
  (r) => r.ok,
  () => false,
);
if (!reachable) {
  console.log(`No tagcrop at ${BASE}: skipped. Start one as the header of this file shows.`);
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-upload-bench-'));
const files = await makeImages(dir);
const mib = files.reduce((sum, f) => sum + fs.statSync(f).size, 0) / 1024 / 1024;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel('Username').fill(values.user!);
  await page.getByLabel('Password').fill(values.password!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

  const rows: Array<[string, number]> = [
    ['browser → tagcrop → library (the page)', await throughTheBrowser(page, files)],
    ['Node → tagcrop API → library', await throughTheApi(page, files)],
  ];
  if (values['data-dir']) {
    rows.push([
      'Node → library directly (SDK)',
      await straightToTheLibrary(values['data-dir'], files),
    ]);
  }
  console.log(`${COUNT} files of ${(mib / COUNT).toFixed(2)} MiB, ${PARALLEL} at a time:`);
  for (const [label, seconds] of rows) {
    console.log(
      `  ${label.padEnd(42)} ${(COUNT / seconds).toFixed(1)} files/s  ` +
        `${(mib / seconds).toFixed(1)} MiB/s  (${seconds.toFixed(2)} s; ` +
        `${(seconds / rows[0]![1]).toFixed(2)}× the page's time)`,
    );
  }
} finally {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
