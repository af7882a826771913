import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TAGS_TOTAL_CHARS, tagsTotalLength } from '../files/tag-limits.ts';
import { SAMPLE_SPECS } from './catalog.ts';
import type { SampleImage } from './sample-images.ts';
import { renderSampleImages } from './sample-images.ts';

interface Rendered {
  sample: SampleImage;
  meta: Metadata;
  /** As a viewer shows it, after the EXIF orientation is applied. */
  shown: { width: number; height: number };
}

let rendered: Rendered[];

beforeAll(async () => {
  const samples = await renderSampleImages();
  rendered = await Promise.all(
    samples.map(async (sample) => {
      const meta = await sharp(sample.data).metadata();
      return { sample, meta, shown: meta.autoOrient };
    }),
  );
}, 60_000);

function named(fileName: string): Rendered {
  const found = rendered.find((r) => r.sample.fileName === fileName);
  if (!found) throw new Error(`no sample named ${fileName}`);
  return found;
}

describe('renderSampleImages', () => {
  it('renders at least 16 images with distinct kebab-case .jpg/.png names', () => {
    expect(rendered.length).toBeGreaterThanOrEqual(16);
    const names = rendered.map((r) => r.sample.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.(jpg|png)$/);
  });

  it('puts every image in a folder that starts and ends with "/"', () => {
    for (const { sample } of rendered) {
      expect(sample.folder).toMatch(/^\/([a-z0-9-]+\/)+$/);
    }
  });

  it('encodes every image in the format its extension names, and it decodes fully', async () => {
    for (const { sample, meta } of rendered) {
      expect(meta.format, sample.fileName).toBe(sample.fileName.endsWith('.png') ? 'png' : 'jpeg');
      const { info } = await sharp(sample.data)
        .resize(32, 32, { fit: 'inside' })
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(info.width * info.height).toBeGreaterThan(0);
    }
  });

  it('has landscape, portrait and square images', () => {
    const shapes = new Set(
      rendered.map(({ shown }) =>
        shown.width > shown.height
          ? 'landscape'
          : shown.width < shown.height
            ? 'portrait'
            : 'square',
      ),
    );
    expect([...shapes].sort()).toEqual(['landscape', 'portrait', 'square']);
  });

  it('has at least two images 3000 px wide or wider', () => {
    expect(rendered.filter(({ shown }) => shown.width >= 3000).length).toBeGreaterThanOrEqual(2);
  });

  it('has a PNG with real transparency: fully clear background, fully opaque product', async () => {
    const cutouts = rendered.filter(({ meta }) => meta.format === 'png' && meta.hasAlpha);
    expect(cutouts.length).toBeGreaterThanOrEqual(1);
    for (const { sample, meta } of cutouts) {
      const alpha = await sharp(sample.data).extractChannel(3).raw().toBuffer();
      expect(alpha.length).toBe(meta.width * meta.height);
      expect(alpha.includes(0), sample.fileName).toBe(true);
      expect(alpha.includes(255), sample.fileName).toBe(true);
    }
  });

  it('has a JPEG stored turned with an EXIF orientation that shows it upright again', async () => {
    const turned = rendered.filter(
      ({ meta }) =>
        meta.format === 'jpeg' && meta.orientation !== undefined && meta.orientation !== 1,
    );
    expect(turned.length).toBeGreaterThanOrEqual(1);
    for (const { sample, meta } of turned) {
      const spec = SAMPLE_SPECS.find((s) => s.fileName === sample.fileName);
      expect(spec?.orientation).toBe(meta.orientation);
      const quarterTurn = meta.orientation !== undefined && meta.orientation >= 5;
      expect([meta.width, meta.height]).toEqual(
        quarterTurn ? [spec?.height, spec?.width] : [spec?.width, spec?.height],
      );
      const { info } = await sharp(sample.data).rotate().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([spec?.width, spec?.height]);
    }
  });

  it('shows the watch upright only when the orientation is applied', () => {
    const watch = named('steel-wristwatch.jpg');
    expect(watch.meta.orientation).toBe(6);
    expect(watch.meta.width).toBeGreaterThan(watch.meta.height);
    expect(watch.shown.height).toBeGreaterThan(watch.shown.width);
  });

  it('starts some images with valid tags and leaves others untagged', () => {
    const tagged = rendered.filter(({ sample }) => sample.tags !== null);
    const untagged = rendered.filter(({ sample }) => sample.tags === null);
    expect(tagged.length).toBeGreaterThan(0);
    expect(untagged.length).toBeGreaterThan(0);
    for (const { sample } of tagged) {
      expect(sample.tags?.length, sample.fileName).toBeGreaterThan(0);
      const tags = sample.tags ?? [];
      // What any client of the library (tagcrop among them) accepts: no `%` or `,`, trimmed,
      // unique ignoring case, 500 characters in all.
      expect(
        tags.filter((t) => /[%,]/.test(t) || t.trim() !== t || t === ''),
        sample.fileName,
      ).toEqual([]);
      expect(new Set(tags.map((t) => t.toLowerCase())).size, sample.fileName).toBe(tags.length);
      expect(tagsTotalLength(tags)).toBeLessThanOrEqual(MAX_TAGS_TOTAL_CHARS);
    }
  });

  it('renders each spec at its upright size', () => {
    for (const spec of SAMPLE_SPECS) {
      expect(named(spec.fileName).shown, spec.fileName).toEqual({
        width: spec.width,
        height: spec.height,
      });
    }
  });
});
