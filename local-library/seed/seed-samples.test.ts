import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestLibrary } from '../testing/test-library.ts';
import { renderSampleImages } from './sample-images.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-library-seed-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Drawing the samples takes a few seconds on a small machine, twice here; hence the long limit.
describe('seeding the sample images', () => {
  it('fills a new library once, through the upload path, and not again after a restart', async () => {
    const samples = await renderSampleImages();
    const first = await startTestLibrary({ dataDir, seedSamples: true });
    const listed = await first.client.assets.list();
    expect(listed.length).toBe(samples.length);
    for (const sample of samples) {
      const file = listed.find(
        (asset) => 'filePath' in asset && asset.filePath === sample.folder + sample.fileName,
      );
      const displayed = await sharp(sample.data).metadata();
      expect(file).toMatchObject({
        tags: sample.tags && sample.tags.length > 0 ? sample.tags : null,
        customCoordinates: null,
        width: displayed.autoOrient.width,
        height: displayed.autoOrient.height,
        size: sample.data.length,
      });
    }
    const [one] = listed;
    expect((await fetch((one as { thumbnail: string }).thumbnail)).status).toBe(200);
    await first.stop();

    const second = await startTestLibrary({ dataDir, seedSamples: true });
    expect((await second.client.assets.list()).length).toBe(samples.length);
    await second.stop();
  }, 60_000);

  it('does not seed a library started with seedSamples false', async () => {
    const library = await startTestLibrary({ seedSamples: false });
    expect(await library.client.assets.list()).toEqual([]);
    await library.stop();
  });
});
