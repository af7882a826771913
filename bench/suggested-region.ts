/**
 * How close "Suggest region" comes to the product on the seeded sample images: for each one, the
 * intersection over union (IoU) of the suggested region with the product's true bounding box,
 * and the mean. The suggestions come through tagcrop's API exactly as the editor gets them (the
 * server reads a reduced copy from the library's delivery URL); the true boxes come from drawing
 * each product alone, without background or shadow, on a transparent canvas and trimming it.
 * Beside it, for comparison, sharp's attention strategy alone on the same reduced copy (a box half
 * the image's size around its focal point), which is what the suggestion falls back to.
 *
 *   npx tsx bench/suggested-region.ts
 */
import sharp from 'sharp';
import type { SuggestedRegion } from '../common/api/suggested-region.ts';
import { parseCoordinates, type Region } from '../common/coordinates.ts';
import type { FileDetails } from '../common/file-details.ts';
import { SAMPLE_SPECS, type SampleSpec } from '../local-library/seed/catalog.ts';
import { productBox } from '../local-library/seed/compose.ts';
import { ANALYSIS_MAX_SIDE_PX, attentionRegion } from '../server/files/suggest-region.ts';
import { startBenchServer } from './bench-server.ts';

/** The product's box in upright pixels: drawn alone where the sample places it, then trimmed. */
async function trueBox(spec: SampleSpec): Promise<Region> {
  const drawing = spec.product(spec.style, 'product');
  const scene = { ...spec, drawing };
  const box = productBox(scene);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}">` +
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" ` +
    `viewBox="0 0 ${drawing.width} ${drawing.height}" overflow="visible">${drawing.markup}</svg></svg>`;
  const { info } = await sharp(Buffer.from(svg))
    .trim({ threshold: 0 })
    .toBuffer({ resolveWithObject: true });
  return {
    x: -(info.trimOffsetLeft ?? 0),
    y: -(info.trimOffsetTop ?? 0),
    width: info.width,
    height: info.height,
  };
}

function iou(a: Region, b: Region): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const overlap = Math.max(0, w) * Math.max(0, h);
  return overlap / (a.width * a.height + b.width * b.height - overlap);
}

const bench = await startBenchServer({ seedSamples: true, role: 'viewer' });
const { api } = bench;

const { files } = await api<{ files: FileDetails[] }>('/api/files?limit=100');
console.log(`Suggested region vs the product's true box, ${SAMPLE_SPECS.length} sample images\n`);
console.log(
  `${'image'.padEnd(30)} ${'background'.padEnd(12)} ${'method'.padEnd(13)} IoU    attention only`,
);
const scores: number[] = [];
const attentionScores: number[] = [];
for (const spec of SAMPLE_SPECS) {
  const file = files.find((f) => f.name === spec.fileName);
  if (!file) throw new Error(`${spec.fileName} was not seeded`);
  const suggested = await api<SuggestedRegion>(`/api/files/${file.fileId}/suggested-region`);
  const truth = await trueBox(spec);
  const score = iou(parseCoordinates(suggested.customCoordinates)!, truth);
  const size = { width: file.width!, height: file.height! };
  const step = `w-${ANALYSIS_MAX_SIDE_PX},h-${ANALYSIS_MAX_SIDE_PX},c-at_max`;
  const reduced = Buffer.from(await (await fetch(`${file.url}&tr=${step}`)).arrayBuffer());
  const attention = iou(await attentionRegion(reduced, size), truth);
  scores.push(score);
  attentionScores.push(attention);
  console.log(
    `${spec.fileName.padEnd(30)} ${spec.background.kind.padEnd(12)} ${suggested.method.padEnd(13)} ${score.toFixed(3)}  ${attention.toFixed(3)}`,
  );
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const atLeast = (values: number[], t: number) => values.filter((s) => s >= t).length;
console.log(
  `\nsuggested region: mean IoU ${mean(scores).toFixed(3)}, median ${median(scores).toFixed(3)}, ` +
    `≥ 0.9 on ${atLeast(scores, 0.9)} of ${scores.length}, ≥ 0.75 on ${atLeast(scores, 0.75)}`,
);
console.log(
  `attention only:   mean IoU ${mean(attentionScores).toFixed(3)}, median ${median(attentionScores).toFixed(3)}, ` +
    `≥ 0.9 on ${atLeast(attentionScores, 0.9)} of ${scores.length}, ≥ 0.75 on ${atLeast(attentionScores, 0.75)}`,
);
console.log(
  `ratio of means (suggested / attention only): ${(mean(scores) / mean(attentionScores)).toFixed(2)}×`,
);

await bench.close();
