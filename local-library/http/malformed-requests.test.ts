import { toFile } from '@imagekit/nodejs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

const HELP = 'For support kindly contact us at support@imagekit.io.';

let library: TestLibrary;
let fileId: string;
let auth: Record<string, string>;
beforeAll(async () => {
  library = await startTestLibrary();
  const uploaded = await library.client.files.upload({
    file: await toFile(await solidImage(40, 30), 'cup.png'),
    fileName: 'cup.png',
    useUniqueFileName: false,
  });
  fileId = uploaded.fileId!;
  auth = { authorization: `Basic ${Buffer.from(`${library.privateKey}:`).toString('base64')}` };
});
afterAll(() => library.stop());

/** fetch sends the path as given (it does not check percent-encoding) and the body unchanged. */
async function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Uint8Array<ArrayBuffer>,
) {
  const res = await fetch(`${new URL(library.baseURL).origin}${path}`, { method, headers, body });
  return { status: res.status, text: await res.text() };
}

function patch(encoding: string, body: string | Buffer) {
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  return send(
    'PATCH',
    `/local/v1/files/${fileId}/details`,
    {
      ...auth,
      'content-type': 'application/json',
      'content-encoding': encoding,
    },
    bytes,
  );
}

describe('request bodies that cannot be decoded', () => {
  it.each(['gzip', 'deflate', 'br', 'GZIP'])(
    'when Content-Encoding is %s but the body is plain JSON, then 400 and nothing changes',
    async (encoding) => {
      const res = await patch(encoding, '{"tags":["plain"]}');
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({
        message: 'Your request body could not be decompressed as its Content-Encoding says.',
        help: HELP,
      });
      expect((await library.client.files.get(fileId)).tags).toBeNull();
    },
  );

  it.each(['x-evil', 'compress', 'gzip, br', 'zstd-ish'])(
    'when Content-Encoding is %s, then 415 naming the header',
    async (encoding) => {
      const res = await patch(encoding, '{"tags":["plain"]}');
      expect(res.status).toBe(415);
      expect(JSON.parse(res.text).message).toMatch(/Content-Encoding/);
    },
  );

  it('when a small gzip body inflates past the limit, then 413 without reading it all', async () => {
    const bomb = gzipSync(Buffer.from(`{"tags":["${' '.repeat(50 * 1024 * 1024)}"]}`));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const res = await patch('gzip', bomb);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).message).toBe('Your request body is too large.');
  });

  it('when the body really is gzip, then it is read', async () => {
    const res = await patch('gzip', gzipSync('{"description":"zipped"}'));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).description).toBe('zipped');
  });

  it('when the charset is not UTF-8, then 415 naming the charset', async () => {
    const res = await send(
      'PATCH',
      `/local/v1/files/${fileId}/details`,
      {
        ...auth,
        'content-type': 'application/json; charset=latin-9000',
      },
      '{}',
    );
    expect(res.status).toBe(415);
    expect(JSON.parse(res.text).message).toMatch(/charset/);
  });
});

describe('paths that are not validly percent-encoded', () => {
  it.each([
    ['GET', '/local/v1/files/%E0%A4%A/details'],
    ['GET', '/local/v1/files/%/details'],
    ['PATCH', '/local/v1/files/%C0%AF/details'],
    ['DELETE', '/local/v1/files/a%'],
    ['GET', '/local/v1/fil%es'],
    ['PATCH', '/local/v1/customMetadataFields/%ZZ'],
    ['POST', '/local/api/v1/files/upl%oad'],
  ])('when %s %s, then 400 in ImageKit shape, with or without a key', async (method, path) => {
    for (const headers of [auth, {}]) {
      const res = await send(method, path, headers);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({
        message: 'Your request URL is not validly percent-encoded.',
        help: HELP,
      });
    }
  });
});

describe('uploads the form parser would misread', () => {
  async function upload(fields: Array<[string, string | Blob]>) {
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const res = await fetch(`${library.baseURL}/api/v1/files/upload`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    return { status: res.status, message: ((await res.json()) as { message: string }).message };
  }

  it('when an upload holds two files, then 400 saying one file is taken', async () => {
    const png = new Blob([new Uint8Array(await solidImage(4, 4))]);
    const two = await upload([
      ['fileName', 'two.png'],
      ['file', png],
      ['other', png],
    ]);
    expect(two).toEqual({
      status: 400,
      message: 'Your request contains more than one file; send a single file parameter.',
    });
  });

  it('when an upload holds more than 100 fields, then 400 saying so', async () => {
    const fields = Array.from({ length: 101 }, (_, i): [string, string] => [`f${i}`, 'x']);
    expect(await upload(fields)).toEqual({
      status: 400,
      message: 'Your request contains too many form fields.',
    });
  });

  it('when an upload says its body is compressed, then 415 and no file is added', async () => {
    const form = new FormData();
    form.set('fileName', 'zipped.png');
    form.set('file', new Blob([new Uint8Array(await solidImage(4, 4))]), 'zipped.png');
    const res = await fetch(`${library.baseURL}/api/v1/files/upload`, {
      method: 'POST',
      headers: { ...auth, 'content-encoding': 'gzip' },
      body: form,
    });
    expect(res.status).toBe(415);
    expect((await res.json()).message).toMatch(/Content-Encoding/);
    expect(await library.client.assets.list({ searchQuery: 'name = "zipped.png"' })).toEqual([]);
  });
});
