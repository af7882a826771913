import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { toFile } from '@imagekit/nodejs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCoordinates } from '../../common/coordinates.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/** A red box at (300, 150), 200 × 240 px, on a plain white 800 × 600 image. */
const PRODUCT = { x: 300, y: 150, width: 200, height: 240 };
const SCENE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">' +
  '<rect width="100%" height="100%" fill="#ffffff"/>' +
  `<rect x="${PRODUCT.x}" y="${PRODUCT.y}" width="${PRODUCT.width}" height="${PRODUCT.height}" fill="#c22"/></svg>`;

async function addScene(t: TestApp, name: string, isPrivateFile = false): Promise<string> {
  const data = await sharp(Buffer.from(SCENE)).jpeg().toBuffer();
  const uploaded = await t.direct.files.upload({
    file: await toFile(data, name),
    fileName: name,
    folder: '/scenes/',
    useUniqueFileName: false,
    isPrivateFile,
  });
  return uploaded.fileId!;
}

const suggestion = (fileId: string) => `/api/files/${fileId}/suggested-region`;

function expectAroundProduct(customCoordinates: string) {
  const region = parseCoordinates(customCoordinates)!;
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(region[key] - PRODUCT[key]), key).toBeLessThanOrEqual(3);
  }
}

let t: TestApp;
let publicId: string;
let privateId: string;
beforeAll(async () => {
  t = await createTestApp();
  publicId = await addScene(t, 'scene.jpg');
  privateId = await addScene(t, 'secret-scene.jpg', true);
});
afterAll(() => t.close());

describe('GET /api/files/:fileId/suggested-region', () => {
  it('when a viewer asks, then the product’s box comes back in original pixels, saving nothing', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get(suggestion(publicId));
    expect(res.status).toBe(200);
    expect(res.body.method).toBe('background');
    expectAroundProduct(res.body.customCoordinates);
    expect((await t.stored(publicId)).customCoordinates).toBeNull();
  });

  it('when the file is private, then the server reads it through a signed URL', async () => {
    const { agent } = await t.signIn('editor');
    const res = await agent.get(suggestion(privateId));
    expect(res.status).toBe(200);
    expectAroundProduct(res.body.customCoordinates);
  });

  it('when not signed in, then 401', async () => {
    expect((await request(t.app).get(suggestion(publicId))).status).toBe(401);
  });

  it.each([
    ['an odd fileId', suggestion('bad.id'), 400],
    [
      'a query parameter (none are taken; above all no URL)',
      `${suggestion('x')}?url=http://evil.example/a.jpg`,
      400,
    ],
    ['an unknown file', suggestion('nosuchfile123'), 404],
  ])('when %s, then %i', async (_name, url, status) => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get(url);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBeTypeOf('string');
  });

  it('when the image cannot be delivered, then 502 with a clear message', async () => {
    const fileId = await addScene(t, 'lost.jpg');
    fs.rmSync(path.join(t.dataDir, 'library', 'originals', fileId), { recursive: true });
    const { agent } = await t.signIn('viewer');
    const res = await agent.get(suggestion(fileId));
    expect(res.status).toBe(502);
    expect(res.body.error.message).toBe('ImageKit could not deliver the image (500).');
  });
});

describe('GET /api/files/:fileId/suggested-region against a misconfigured endpoint', () => {
  let other: TestApp;
  beforeAll(async () => {
    other = await createTestApp({ urlEndpoint: 'https://ik.imagekit.io/someone-else' });
  });
  afterAll(() => other.close());

  it('when the file’s URL is not under the configured endpoint, then it is not read: 502', async () => {
    const fileId = await addScene(other, 'elsewhere.jpg');
    const { agent } = await other.signIn('viewer');
    const res = await agent.get(suggestion(fileId));
    expect(res.status).toBe(502);
    expect(res.body.error.message).toMatch(/outside the configured URL endpoint/);
  });

  it('when ImageKit itself cannot be reached, then 502', async () => {
    const { agent } = await other.signIn('viewer');
    await other.library.close();
    const res = await agent.get(suggestion('anyfile'));
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('upstream_unavailable');
  });
});
