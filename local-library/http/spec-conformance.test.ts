import ImageKit, { toFile } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMatchesSpec } from '../testing/expect-matches-spec.ts';
import { specProblems, type Exchange } from '../testing/openapi-spec.ts';
import { createRecorder } from '../testing/recording-fetch.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

let library: TestLibrary;
let fileId: string;
beforeAll(async () => {
  library = await startTestLibrary();
  await library.client.customMetadataFields.create({
    name: 'brand',
    label: 'Brand',
    schema: { type: 'Text' },
  });
  const uploaded = await library.client.files.upload({
    file: await toFile(await solidImage(40, 30), 'spec.png'),
    fileName: 'spec.png',
    folder: '/checked/',
  });
  fileId = uploaded.fileId!;
});
afterAll(() => library.stop());

describe('answers against openapi-v1.yaml', () => {
  it('upload answers an Upload, with every optional response field', async () => {
    const exchange = await library.recorder.capture(async () =>
      library.client.files.upload({
        file: await toFile(await solidImage(4, 3), 'u.png'),
        fileName: 'u.png',
        tags: ['t'],
        customMetadata: { brand: 'x' },
        responseFields: [
          'tags',
          'customCoordinates',
          'isPrivateFile',
          'isPublished',
          'customMetadata',
          'embeddedMetadata',
          'metadata',
        ],
      }),
    );
    expect(exchange.status).toBe(200);
    expectMatchesSpec(exchange);
  });

  it('upload answers 400 in the spec shape', async () => {
    const exchange = await library.recorder.capture(async () =>
      library.client.files.upload({
        file: await toFile(await solidImage(4, 3), 'u.png'),
        fileName: 'u.png',
        customCoordinates: '0,0,9,9',
      }),
    );
    expect(exchange.status).toBe(400);
    expectMatchesSpec(exchange);
  });

  it('get and update answer a FileDetails', async () => {
    expectMatchesSpec(await library.recorder.capture(() => library.client.files.get(fileId)));
    const updated = await library.recorder.capture(() =>
      library.client.files.update(fileId, {
        tags: ['a'],
        customCoordinates: '1,1,2,2',
        description: 'd',
        customMetadata: { brand: 'x' },
      }),
    );
    expect(updated.status).toBe(200);
    expectMatchesSpec(updated);
  });

  it('list answers FileDetails and FolderDetails', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.assets.list({ type: 'all' }),
    );
    expect((exchange.body as unknown[]).length).toBeGreaterThan(1);
    expectMatchesSpec(exchange);
  });

  it('list answers 400 in the spec shape', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.assets.list({ type: 'everything' as never }),
    );
    expect(exchange.body).toMatchObject({
      message:
        'Your request contains invalid value for type parameter. Please provide one of the following: file, file-version, folder, all.',
    });
    expectMatchesSpec(exchange);
  });

  it('answers a wrong key with 403 and no key with 401, both in the spec shape', async () => {
    const recorder = createRecorder(new URL(library.baseURL).pathname);
    const wrong = new ImageKit({
      privateKey: 'private_wrong',
      baseURL: library.baseURL,
      maxRetries: 0,
      fetch: recorder.fetch,
    });
    const forbidden = await recorder.capture(() => wrong.files.get(fileId));
    expect(forbidden.status).toBe(403);
    expectMatchesSpec(forbidden);

    const response = await fetch(`${library.baseURL}/v1/files/${fileId}/details`);
    const unauthorized: Exchange = {
      method: 'GET',
      path: `/v1/files/${fileId}/details`,
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: await response.json(),
    };
    expect(unauthorized.status).toBe(401);
    expectMatchesSpec(unauthorized);
  });
});

describe('the spec check itself', () => {
  const details: Exchange = {
    method: 'GET',
    path: '/v1/files/abc/details',
    status: 200,
    headers: {},
    body: { fileId: 'abc', type: 'file', name: 'a.png', tags: null, versionInfo: { id: 'v' } },
  };

  it('accepts an answer the spec allows', () => {
    expect(specProblems(details)).toEqual([]);
  });

  const broken: [string, Exchange, RegExp][] = [
    [
      'a field the spec does not know',
      { ...details, body: { ...(details.body as object), thumbnailUrl: 'x' } },
      /\$\.thumbnailUrl is not in the spec/,
    ],
    [
      'an unknown nested field',
      { ...details, body: { fileId: 'abc', versionInfo: { id: 'v', number: 1 } } },
      /\$\.versionInfo\.number is not in the spec/,
    ],
    [
      'a wrongly typed field',
      { ...details, body: { fileId: 'abc', tags: 'a,b' } },
      /must be array,null/,
    ],
    ['an undeclared status', { ...details, status: 418 }, /declares no 418 answer/],
    ['an unknown operation', { ...details, method: 'PUT' }, /has no such operation/],
    [
      'a body on a 204',
      { method: 'DELETE', path: '/v1/files/abc', status: 204, headers: {}, body: { ok: 1 } },
      /declares no body/,
    ],
    [
      'a 429 without its headers',
      { ...details, status: 429, body: { message: 'Too many requests' } },
      /header X-RateLimit-Limit is missing/,
    ],
    [
      'a list item that is neither file nor folder',
      { ...details, path: '/v1/files', body: [{ type: 'bucket' }] },
      /oneOf/,
    ],
  ];
  it.each(broken)('reports %s', (_name, exchange, problem) => {
    expect(specProblems(exchange).join('\n')).toMatch(problem);
  });
});
