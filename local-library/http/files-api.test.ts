import { BadRequestError, NotFoundError, toFile } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveAITags } from '../testing/ai-tags.ts';
import { expectMatchesSpec } from '../testing/expect-matches-spec.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

const HELP = 'For support kindly contact us at support@imagekit.io.';

let library: TestLibrary;
let fileId: string;
beforeAll(async () => {
  library = await startTestLibrary();
  const uploaded = await library.client.files.upload({
    file: await toFile(await solidImage(400, 300), 'shoe.png'),
    fileName: 'shoe.png',
    folder: '/products/',
    useUniqueFileName: false,
  });
  fileId = uploaded.fileId!;
});
afterAll(() => library.stop());

describe('GET /v1/files/:fileId/details', () => {
  it('answers every FileDetails field in ImageKit shape', async () => {
    const details = await library.client.files.get(fileId);
    const updatedAt = Date.parse(details.updatedAt!);
    expect(details).toEqual({
      fileId,
      type: 'file',
      name: 'shoe.png',
      filePath: '/products/shoe.png',
      tags: null,
      AITags: null,
      versionInfo: { id: fileId, name: 'Version 1' },
      isPrivateFile: false,
      isPublished: true,
      customCoordinates: null,
      url: `${library.urlEndpoint}/products/shoe.png?updatedAt=${updatedAt}`,
      thumbnail: `${library.urlEndpoint}/products/shoe.png?updatedAt=${updatedAt}&tr=n-ik_ml_thumbnail`,
      fileType: 'image',
      mime: 'image/png',
      width: 400,
      height: 300,
      size: expect.any(Number),
      hasAlpha: false,
      customMetadata: {},
      embeddedMetadata: expect.objectContaining({ ImageWidth: 400, ImageHeight: 300 }),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
  });

  it.each([
    ['0123456789abcdef01234567', 404],
    ['bad id!', 400],
  ])('answers %s with %i in the spec shape', async (id, status) => {
    const exchange = await library.recorder.capture(() => library.client.files.get(id));
    expect(exchange.status).toBe(status);
    expectMatchesSpec(exchange);
    const update = await library.recorder.capture(() =>
      library.client.files.update(id, { tags: ['x'] }),
    );
    expect(update.status).toBe(status);
    expectMatchesSpec(update);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing: unknown = await library.client.files
      .get('0123456789abcdef01234567')
      .catch((e) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).error).toEqual({
      message: 'The requested file does not exist.',
      help: HELP,
    });
    const malformed: unknown = await library.client.files.get('bad id!').catch((e) => e);
    expect(malformed).toBeInstanceOf(BadRequestError);
    expect((malformed as BadRequestError).error).toEqual({
      message: 'Your request contains invalid fileId parameter.',
      help: HELP,
    });
  });

  it('carries an x-ik-requestId header', async () => {
    const { response } = await library.client.files.get(fileId).withResponse();
    expect(response.headers.get('x-ik-requestId')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('PATCH /v1/files/:fileId/details', () => {
  it('sets tags and the region, and moves updatedAt so the URL changes', async () => {
    const before = await library.client.files.get(fileId);
    const updated = await library.client.files.update(fileId, {
      tags: ['red', 'sale'],
      customCoordinates: '10,20,100,50',
    });
    expect(updated).toMatchObject({ tags: ['red', 'sale'], customCoordinates: '10,20,100,50' });
    expect(Date.parse(updated.updatedAt!)).toBeGreaterThan(Date.parse(before.updatedAt!));
    expect(updated.url).not.toBe(before.url);
    expect(await library.client.files.get(fileId)).toMatchObject({
      tags: ['red', 'sale'],
      customCoordinates: '10,20,100,50',
      url: updated.url,
    });
  });

  it('unsets tags and the region with null', async () => {
    await library.client.files.update(fileId, { tags: ['x'], customCoordinates: '0,0,1,1' });
    const updated = await library.client.files.update(fileId, {
      tags: null,
      customCoordinates: null,
    });
    expect(updated).toMatchObject({ tags: null, customCoordinates: null });
  });

  it('stores description and custom metadata, null deleting a key', async () => {
    for (const name of ['brand', 'color']) {
      await library.client.customMetadataFields.create({
        name,
        label: name,
        schema: { type: 'Text' },
      });
    }
    await library.client.files.update(fileId, { customMetadata: { brand: 'Nike', color: 'red' } });
    const updated = await library.client.files.update(fileId, {
      description: 'A red shoe',
      customMetadata: { color: null },
    });
    expect(updated).toMatchObject({ description: 'A red shoe', customMetadata: { brand: 'Nike' } });
  });

  it('removes named AI tags or all of them with removeAITags', async () => {
    giveAITags(library.dataDir, fileId, ['Shoe', 'Red', 'Leather']);
    const some = await library.client.files.update(fileId, { removeAITags: ['Red', 'Nope'] });
    expect(some.AITags?.map((tag) => tag.name)).toEqual(['Shoe', 'Leather']);
    const none = await library.client.files.update(fileId, { removeAITags: 'all' });
    expect(none.AITags).toBeNull();
  });

  it.each([
    ['10,20,100', /Use "x,y,width,height" with non-negative whole numbers/],
    ['10.5,20,100,50', /Use "x,y,width,height" with non-negative whole numbers/],
    ['0,0,0,10', /a width and height of at least 1/],
    ['0,290,10,20', /The area must lie inside the 400x300 image/],
  ])('answers 400 with {message, help} for the region %s', async (customCoordinates, message) => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.update(fileId, { customCoordinates }),
    );
    expect(exchange.status).toBe(400);
    expect(exchange.body).toEqual({ message: expect.stringMatching(message), help: HELP });
    expectMatchesSpec(exchange);
  });

  it.each([
    [['a'.repeat(501)], /Combined length of all tags should be less than or equal to 500/],
    [['a'.repeat(250), 'b'.repeat(250)], /Combined length of all tags/],
    [['50%'], /Tags cannot contain the "%" character/],
  ])('answers 400 with {message, help} for tags %#', async (tags, message) => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.update(fileId, { tags }),
    );
    expect(exchange.body).toEqual({ message: expect.stringMatching(message), help: HELP });
    expectMatchesSpec(exchange);
  });

  it('toggles publication on its own and refuses it mixed with other fields', async () => {
    const unpublished = await library.client.files.update(fileId, {
      publish: { isPublished: false },
    });
    expect(unpublished.isPublished).toBe(false);
    const republished = await library.client.files.update(fileId, {
      publish: { isPublished: true },
    });
    expect(republished.isPublished).toBe(true);
    const mixed: unknown = await library.client.files
      .update(fileId, { publish: { isPublished: true }, tags: ['x'] } as never)
      .catch((e) => e);
    expect((mixed as BadRequestError).error).toEqual({
      message: 'Your request cannot contain any other parameters when publish is present',
      help: HELP,
    });
  });

  it('answers 400 for a region outside the image and leaves the file as it was', async () => {
    await library.client.files.update(fileId, { customCoordinates: '1,1,10,10' });
    const error: unknown = await library.client.files
      .update(fileId, { customCoordinates: '350,0,100,100' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).error).toEqual({
      message:
        'Your request contains invalid value for customCoordinates parameter. The area must lie inside the 400x300 image: x + width is 450, past the image width of 400 px.',
      help: HELP,
    });
    expect((await library.client.files.get(fileId)).customCoordinates).toBe('1,1,10,10');
  });

  it('answers 400 for tags that break the rules', async () => {
    const error: unknown = await library.client.files
      .update(fileId, { tags: ['100%'] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it('answers 404 for an unknown file', async () => {
    await expect(
      library.client.files.update('0123456789abcdef01234567', { tags: ['x'] }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers 400 with a JSON body for malformed JSON', async () => {
    const response = await fetch(`${library.baseURL}/v1/files/${fileId}/details`, {
      method: 'PATCH',
      headers: {
        authorization: `Basic ${Buffer.from(`${library.privateKey}:`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: '{"tags": [',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      message: 'Your request body is not valid JSON.',
      help: HELP,
    });
  });
});
