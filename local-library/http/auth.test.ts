import ImageKit, { PermissionDeniedError } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';

const HELP = 'For support kindly contact us at support@imagekit.io.';

let library: TestLibrary;
beforeAll(async () => {
  library = await startTestLibrary();
});
afterAll(() => library.stop());

function listWith(authorization: string | null) {
  return fetch(`${library.baseURL}/v1/files`, {
    headers: authorization === null ? {} : { authorization },
  });
}

const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

describe('Basic auth on the API', () => {
  it('accepts the key with any password, an empty one, or the bare key', async () => {
    for (const authorization of [
      basic(`${library.privateKey}:`),
      basic(`${library.privateKey}:do_not_set`),
      basic(`${library.privateKey}:anything at all`),
      `Basic ${library.privateKey}`,
    ]) {
      expect((await listWith(authorization)).status).toBe(200);
    }
  });

  it('accepts the SDK with a custom password', async () => {
    const client = new ImageKit({
      privateKey: library.privateKey,
      password: 'whatever',
      baseURL: library.baseURL,
      maxRetries: 0,
    });
    await expect(client.assets.list()).resolves.toEqual([]);
  });

  const refused: [string, string | null, number, string][] = [
    ['no header', null, 401, 'Your request does not contain private API key.'],
    [
      'an empty user',
      'Basic ' + Buffer.from(':x').toString('base64'),
      401,
      'Your request does not contain private API key.',
    ],
    ['a bearer token', 'Bearer abc', 401, 'Your request does not contain private API key.'],
    ['a wrong key', basic('private_wrong:'), 403, 'Your account cannot be authenticated.'],
    ['a wrong bare key', 'Basic private_wrong', 403, 'Your account cannot be authenticated.'],
  ];
  it.each(refused)('answers %s with %i', async (_name, authorization, status, message) => {
    const response = await listWith(authorization);
    expect(response.status).toBe(status);
    expect(response.headers.get('x-ik-requestId')).toBeTruthy();
    expect(response.headers.get('x-ratelimit-limit')).toBeTruthy();
    expect(await response.json()).toEqual({ message, help: HELP });
  });

  it('makes the SDK throw PermissionDeniedError for a wrong key', async () => {
    const client = new ImageKit({
      privateKey: 'private_wrong',
      baseURL: library.baseURL,
      maxRetries: 0,
    });
    await expect(client.assets.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('never echoes the key in a response', async () => {
    const response = await listWith(basic(`${library.privateKey}x:`));
    expect(await response.text()).not.toContain(library.privateKey);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const unknown = await fetch(`${library.baseURL}/v1/nothing`, {
      headers: { authorization: basic(`${library.privateKey}:`) },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      message: 'The requested resource does not exist.',
      help: HELP,
    });
  });
});
