import type TestAgent from 'supertest/lib/agent.js';
import type { Test } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDetails } from '../../common/file-details.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { noisyPng, plainPng, pngClaiming } from '../testing/upload-images.ts';
import { spoolLeft, uploadState } from '../testing/upload-state.ts';

let t: TestApp;
let editor: { agent: TestAgent; csrf: Record<string, string> };
let png: Buffer;

beforeAll(async () => {
  // 1 MB and 4 megapixels: limits a test can pass with small files.
  t = await createTestApp({ upload: { maxMb: '1', maxMegapixels: '4' } });
  editor = await t.signIn('editor');
  png = await plainPng(640, 480);
}, 30_000);
afterAll(() => t.close());

type Part = [name: string, value: string | Buffer, filename?: string];

/** A multipart upload by the editor: text fields as given, each Buffer a `file` part. */
function upload(parts: Part[], agent = editor): Test {
  let req = agent.agent.post('/api/files').set(agent.csrf);
  for (const [name, value, filename] of parts) {
    req =
      typeof value === 'string'
        ? req.field(name, value)
        : // `filepath` sends the name as given; `filename` would be cut to its last segment.
          req.attach(name, value, {
            filepath: filename ?? 'image.png',
            contentType: 'image/png',
          } as { contentType: string });
  }
  return req;
}

describe('POST /api/files: an editor uploads an image', () => {
  it('when the image, folder, tags and region are fine, then 201 and it is in the library and the catalog', async () => {
    const res = await upload([
      ['folder', '/uploads/shoes'],
      ['tags', 'sale, summer'],
      ['customCoordinates', '10,20,300,200'],
      ['file', png, 'Red Shoe.png'],
    ]);
    expect(res.status).toBe(201);
    const file = res.body as FileDetails;
    expect(file).toMatchObject({
      name: expect.stringMatching(/^Red_Shoe_\w+\.png$/),
      filePath: expect.stringMatching(/^\/uploads\/shoes\//),
      tags: ['sale', 'summer'],
      customCoordinates: '10,20,300,200',
      width: 640,
      height: 480,
    });
    expect(await t.stored(file.fileId)).toMatchObject({ tags: ['sale', 'summer'] });
    const inFolder = await editor.agent.get('/api/files').query({ folder: '/uploads/shoes/' });
    expect(inFolder.body.files.map((f: FileDetails) => f.fileId)).toContain(file.fileId);
    const tagged = await editor.agent.get('/api/files').query({ tags: 'summer' });
    expect(tagged.body.files.map((f: FileDetails) => f.fileId)).toContain(file.fileId);
    await expect.poll(() => spoolLeft(t)).toEqual([]);
  });

  it('when fileName is given, then it names the file rather than the part', async () => {
    const res = await upload([
      ['fileName', 'blue-boot.png'],
      ['file', png, 'IMG_0001.png'],
    ]);
    expect(res.status).toBe(201);
    expect(res.body.name).toMatch(/^blue-boot_\w+\.png$/);
    expect(res.body.filePath).toMatch(/^\/blue-boot_/);
  });
});

const many = (n: number): Part[] => Array.from({ length: n }, (_, i) => ['file', png, `${i}.png`]);
const text = Buffer.from('name,price\nshoe,10\n');
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>');

/** Each refused with its status, naming why, before anything is created. */
const REFUSALS: Array<[string, () => Promise<Part[]> | Part[], number, RegExp]> = [
  [
    'text named photo.jpg',
    () => [['file', text, 'photo.jpg']],
    415,
    /"photo\.jpg" is not an image we accept/,
  ],
  ['an SVG', () => [['file', svg, 'logo.png']], 415, /not an image we accept/],
  ['an empty file', () => [['file', Buffer.alloc(0), 'empty.png']], 415, /not an image/],
  [
    'a file over UPLOAD_MAX_MB',
    async () => [['file', await noisyPng(700, 700), 'big.png']],
    413,
    /"big\.png" is larger than 1 MB/,
  ],
  [
    'a header claiming 50,000 × 50,000 pixels',
    async () => [['file', pngClaiming(50_000, 50_000), 'bomb.png']],
    413,
    /50,000 × 50,000 pixels; images of at most 4 megapixels/,
  ],
  [
    'a real image over the pixel limit',
    async () => [['file', await plainPng(2100, 2000), 'wide.png']],
    413,
    /2,100 × 2,000 pixels/,
  ],
  [
    'fileName with a path',
    () => [
      ['fileName', '../../etc/passwd.png'],
      ['file', png],
    ],
    400,
    /fileName: A file name cannot contain "\/"/,
  ],
  [
    'a part named with a path',
    () => [['file', png, '../escape.png']],
    400,
    /"\.\.\/escape\.png": A file name cannot contain "\/"/,
  ],
  [
    'fileName with a control character',
    () => [
      ['fileName', 'bell\u0007.png'],
      ['file', png],
    ],
    400,
    /control characters/,
  ],
  [
    'fileName with ".."',
    () => [
      ['fileName', '..png'],
      ['file', png],
    ],
    400,
    /cannot contain "\.\."/,
  ],
  [
    'a folder climbing out',
    () => [
      ['folder', '/products/../../etc'],
      ['file', png],
    ],
    400,
    /folder: A folder cannot contain "\." or "\.\."/,
  ],
  [
    'a Windows path as folder',
    () => [
      ['folder', 'C:\\Windows'],
      ['file', png],
    ],
    400,
    /folder: A folder uses "\/"/,
  ],
  [
    'a relative folder',
    () => [
      ['folder', 'products/shoes'],
      ['file', png],
    ],
    400,
    /starting with "\/"/,
  ],
  [
    'a folder with a line break',
    () => [
      ['folder', '/a\nb/'],
      ['file', png],
    ],
    400,
    /control characters/,
  ],
  ['51 files', () => many(51), 400, /At most 50 files/],
  [
    'a tag with %',
    () => [
      ['tags', '50%off'],
      ['file', png],
    ],
    400,
    /tags: "50%off": Tags cannot contain "%"/,
  ],
  [
    'the same tag twice',
    () => [
      ['tags', 'Sale,sale'],
      ['file', png],
    ],
    400,
    /listed twice/,
  ],
  [
    'a malformed region',
    () => [
      ['customCoordinates', '1,2,3'],
      ['file', png],
    ],
    400,
    /customCoordinates must be "x,y,width,height"/,
  ],
  [
    'a region past the image',
    () => [
      ['customCoordinates', '600,0,100,100'],
      ['file', png],
    ],
    400,
    /x \+ width is 700, past the image width of 640 px/,
  ],
  [
    'a region for two images',
    () => [['customCoordinates', '0,0,10,10'], ...many(2)],
    400,
    /for a single image; this upload has 2/,
  ],
  [
    'an unknown field',
    () => [
      ['isPrivateFile', 'true'],
      ['file', png],
    ],
    400,
    /isPrivateFile/,
  ],
  ['an image in another field', () => [['image', png]], 400, /"image" is not one/],
  ['no file', () => [['folder', '/x/']], 400, /"file" field/],
];

describe('POST /api/files refuses, with a clear 4xx, and creates nothing', () => {
  for (const [what, parts, status, message] of REFUSALS) {
    it(`when it is ${what}, then ${status}`, async () => {
      const before = await uploadState(t, editor.agent);
      const res = await upload(await parts());
      expect(res.status).toBe(status);
      expect(res.body.error.message).toMatch(message);
      expect(await uploadState(t, editor.agent)).toEqual(before);
      await expect.poll(() => spoolLeft(t)).toEqual([]);
    });
  }

  it('when the body is JSON or absent, then 415 naming multipart', async () => {
    const json = await editor.agent.post('/api/files').set(editor.csrf).send({ file: 'x' });
    expect(json.status).toBe(415);
    expect(json.body.error.message).toMatch(/multipart\/form-data/);
    const none = await editor.agent.post('/api/files').set(editor.csrf);
    expect(none.status).toBe(415);
  });

  it('when a viewer uploads, or the CSRF token is missing, then 403 and nothing is read', async () => {
    const before = await uploadState(t, editor.agent);
    const viewer = await t.signIn('viewer');
    const asViewer = await upload([['file', png]], viewer);
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.error.code).toBe('forbidden');
    const noToken = await editor.agent.post('/api/files').attach('file', png, 'a.png');
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf_failed');
    expect(await uploadState(t, editor.agent)).toEqual(before);
  });
});
