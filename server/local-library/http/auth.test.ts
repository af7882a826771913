import ImageKit, { AuthenticationError } from '@imagekit/nodejs';
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

  const refused: [string, string | null, string][] = [
    ['no header', null, 'Your request does not contain private API key.'],
    [
      'an empty user',
      'Basic ' + Buffer.from(':x').toString('base64'),
      'Your request does not contain private API key.',
    ],
    ['a bearer token', 'Bearer abc', 'Your request does not contain private API key.'],
    ['a wrong key', basic('private_wrong:'), 'Your account cannot be authenticated.'],
  ];
  it.each(refused)('answers 401 for %s', async (_name, authorization, message) => {
    const response = await listWith(authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-ik-requestId')).toBeTruthy();
    expect(await response.json()).toEqual({ message, help: HELP });
  });

  it('makes the SDK throw AuthenticationError for a wrong key', async () => {
    const client = new ImageKit({
      privateKey: 'private_wrong',
      baseURL: library.baseURL,
      maxRetries: 0,
    });
    await expect(client.assets.list()).rejects.toBeInstanceOf(AuthenticationError);
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
