/**
 * Writes every sample image, an upright preview of each EXIF-rotated one, and a contact sheet,
 * so the drawings can be checked by eye:
 *   npx tsx local-library/seed/render-samples-to-folder.ts /tmp/samples
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contactSheet } from './contact-sheet.ts';
import { renderSampleImages } from './sample-images.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: tsx local-library/seed/render-samples-to-folder.ts <output-folder>');
  process.exit(2);
}

const started = performance.now();
const samples = await renderSampleImages();
const elapsed = Math.round(performance.now() - started);

fs.mkdirSync(outDir, { recursive: true });
for (const sample of samples) {
  const target = path.join(outDir, sample.folder, sample.fileName);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, sample.data);
  const meta = await sharp(sample.data).metadata();
  const oriented = meta.orientation !== undefined && meta.orientation !== 1;
  if (oriented) {
    const preview = target.replace(/\.\w+$/, '.upright-preview.jpg');
    fs.writeFileSync(preview, await sharp(sample.data).rotate().jpeg().toBuffer());
  }
  const size = `${meta.autoOrient.width}x${meta.autoOrient.height}`;
  const stored = oriented
    ? ` (stored ${meta.width}x${meta.height}, orientation ${meta.orientation})`
    : '';
  const tags = sample.tags ? sample.tags.join(', ') : '-';
  console.log(`${sample.folder}${sample.fileName}  ${meta.format} ${size}${stored}  tags: ${tags}`);
}
const sheet = path.join(outDir, 'contact-sheet.png');
fs.writeFileSync(sheet, await contactSheet(samples));
console.log(`${samples.length} images rendered in ${elapsed} ms; contact sheet: ${sheet}`);
