import { toFile } from '@imagekit/nodejs';
import { createHmac } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyClient } from '../testing/legacy-sdk.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

let library: TestLibrary;
let secret: { url: string; filePath: string };
let open: { url: string };

beforeAll(async () => {
  library = await startTestLibrary();
  const upload = async (name: string, isPrivateFile: boolean) => {
    const uploaded = await library.client.files.upload({
      file: await toFile(await solidImage(40, 20), name),
      fileName: name,
      folder: '/vault/',
      isPrivateFile,
      useUniqueFileName: false,
    });
    return library.client.files.get(uploaded.fileId!);
  };
  secret = (await upload('secret.png', true)) as { url: string; filePath: string };
  open = (await upload('open.png', false)) as { url: string };
});
afterAll(() => library.stop());

function signed(options: Partial<Parameters<TestLibrary['client']['helper']['buildSrc']>[0]>) {
  return library.client.helper.buildSrc({
    src: secret.url,
    urlEndpoint: library.urlEndpoint,
    signed: true,
    ...options,
  });
}

async function get(url: string) {
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, response, body };
}

describe('private files', () => {
  it("are refused without a signature, in ImageKit's error shape", async () => {
    const { status, response, body } = await get(secret.url);
    expect(status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(body.toString())).toEqual({
      message: 'This file is private; it is delivered only through a signed URL.',
      help: 'For support kindly contact us at support@imagekit.io.',
    });
  });

  it('are delivered through URLs the SDK helper signs, with and without expiry', async () => {
    for (const url of [signed({ expiresIn: 300 }), signed({})]) {
      const { status, response, body } = await get(url);
      expect(status, url).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
      expect(await sharp(body).metadata()).toMatchObject({ width: 40, height: 20 });
    }
    expect(signed({ expiresIn: 300 })).toMatch(/[?&]ik-t=\d+&ik-s=[0-9a-f]{40}$/);
    expect(signed({})).toMatch(/&ik-s=[0-9a-f]{40}$/);
  });

  it('take transformations inside the signature', async () => {
    const url = signed({ expiresIn: 300, transformation: [{ width: 10 }] });
    expect(url).toContain('tr=w-10');
    const { status, body } = await get(url);
    expect(status).toBe(200);
    expect(await sharp(body).metadata()).toMatchObject({ width: 10, height: 5 });
    const { status: tampered } = await get(url.replace('tr=w-10', 'tr=w-20'));
    expect(tampered).toBe(401);
  });

  it('are delivered for a signed relative path with a path-form transformation', async () => {
    const url = library.client.helper.buildSrc({
      src: secret.filePath,
      urlEndpoint: library.urlEndpoint,
      transformation: [{ height: 10 }],
      transformationPosition: 'path',
      signed: true,
    });
    expect(url).toContain('/tr:h-10/vault/secret.png?ik-s=');
    const { status, body } = await get(url);
    expect(status).toBe(200);
    expect(await sharp(body).metadata()).toMatchObject({ width: 20, height: 10 });
  });

  it('are refused for a wrong or an expired signature', async () => {
    const good = signed({ expiresIn: 300 });
    const wrong = good.replace(
      /ik-s=([0-9a-f])/,
      (_m, c: string) => `ik-s=${c === '0' ? '1' : '0'}`,
    );
    const wrongAnswer = await get(wrong);
    expect(wrongAnswer.status).toBe(401);
    expect(JSON.parse(wrongAnswer.body.toString()).message).toBe('The URL signature is invalid.');

    const past = Math.floor(Date.now() / 1000) - 10;
    const relative = secret.url.slice(library.urlEndpoint.length + 1);
    const signature = createHmac('sha1', library.privateKey)
      .update(`${relative}${past}`)
      .digest('hex');
    const expired = await get(`${secret.url}&ik-t=${past}&ik-s=${signature}`);
    expect(expired.status).toBe(401);
    expect(JSON.parse(expired.body.toString()).message).toBe('The URL signature is expired.');
  });

  it('are delivered through URLs the legacy SDK signs', async () => {
    const legacy = legacyClient(library);
    try {
      const url = legacy.imagekit.url({
        src: secret.url,
        transformation: [{ width: '10', height: '10' }],
        signed: true,
        expireSeconds: 300,
      });
      const { status } = await get(url);
      expect(status, url).toBe(200);
    } finally {
      legacy.stop();
    }
  });
});

describe('public files', () => {
  it('keep working unsigned and signed, but not with a wrong signature', async () => {
    expect((await get(open.url)).status).toBe(200);
    const good = library.client.helper.buildSrc({
      src: open.url,
      urlEndpoint: library.urlEndpoint,
      signed: true,
    });
    expect((await get(good)).status).toBe(200);
    expect((await get(`${open.url}&ik-s=${'0'.repeat(40)}`)).status).toBe(401);
  });
});
