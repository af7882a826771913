import { toFile } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyClient, type LegacyClient } from '../testing/legacy-sdk.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

const HELP = 'For support kindly contact us at support@imagekit.io.';

let library: TestLibrary;
let legacy: LegacyClient;
let ids: string[];

beforeAll(async () => {
  library = await startTestLibrary();
  legacy = legacyClient(library);
  await library.client.customMetadataFields.create({
    name: 'brand',
    label: 'Brand',
    schema: { type: 'Text' },
  });
  ids = [];
  for (const name of ['red.png', 'blue.png', 'green.png']) {
    const uploaded = await library.client.files.upload({
      file: await toFile(await solidImage(200, 100), name),
      fileName: name,
      useUniqueFileName: false,
    });
    ids.push(uploaded.fileId!);
  }
});
afterAll(async () => {
  legacy.stop();
  await library.stop();
});

describe('the legacy imagekit SDK (v6) against the local library', () => {
  it('updateFileDetails sets tags, the region and custom metadata, and getFileDetails reads them', async () => {
    const updated = await legacy.imagekit.updateFileDetails(ids[0]!, {
      tags: ['sale', 'summer'],
      customCoordinates: '10,10,50,40',
      customMetadata: { brand: 'Acme' },
    });
    expect(updated).toMatchObject({
      fileId: ids[0],
      tags: ['sale', 'summer'],
      customCoordinates: '10,10,50,40',
      customMetadata: { brand: 'Acme' },
    });
    const details = await legacy.imagekit.getFileDetails(ids[0]!);
    expect(details).toMatchObject({ tags: ['sale', 'summer'], customCoordinates: '10,10,50,40' });
  });

  it('updateFileDetails publishes on its own', async () => {
    const updated = await legacy.imagekit.updateFileDetails(ids[2]!, {
      publish: { isPublished: false },
    });
    expect(updated).toMatchObject({ isPublished: false });
    await legacy.imagekit.updateFileDetails(ids[2]!, { publish: { isPublished: true } });
  });

  it('gets ImageKit error bodies for a region outside the image and an unknown file', async () => {
    const outside = await legacy.imagekit
      .updateFileDetails(ids[0]!, { customCoordinates: '150,0,100,10' })
      .catch((e: unknown) => e);
    expect(outside).toMatchObject({
      message: expect.stringMatching(/^Your request contains invalid value for customCoordinates/),
      help: HELP,
    });
    const missing = await legacy.imagekit
      .getFileDetails('0123456789abcdef01234567')
      .catch((e: unknown) => e);
    expect(missing).toEqual({ message: 'The requested file does not exist.', help: HELP });
  });

  it('listFiles searches with searchQuery', async () => {
    const found = await legacy.imagekit.listFiles({
      searchQuery: 'tags IN ["summer"] OR name = "blue.png"',
      sort: 'ASC_NAME',
    });
    expect(found.map((file) => file.name)).toEqual(['blue.png', 'red.png']);
    const paged = await legacy.imagekit.listFiles({ skip: 1, limit: 1 });
    expect(paged.map((file) => file.name)).toEqual(['blue.png']);
  });

  it('bulkAddTags and bulkRemoveTags change tags of several files', async () => {
    const added = await legacy.imagekit.bulkAddTags(ids.slice(0, 2), ['bulk']);
    expect(added).toEqual({ successfullyUpdatedFileIds: ids.slice(0, 2) });
    expect((await legacy.imagekit.getFileDetails(ids[1]!)).tags).toEqual(['bulk']);
    const removed = await legacy.imagekit.bulkRemoveTags(ids.slice(0, 2), ['bulk', 'sale']);
    expect(removed).toEqual({ successfullyUpdatedFileIds: ids.slice(0, 2) });
    expect((await legacy.imagekit.getFileDetails(ids[0]!)).tags).toEqual(['summer']);
    expect((await legacy.imagekit.getFileDetails(ids[1]!)).tags).toBeNull();
  });

  it('bulkAddTags gets 404 with missingFileIds for an unknown file', async () => {
    const error = await legacy.imagekit
      .bulkAddTags([ids[0]!, 'ffffffffffffffffffffffff'], ['x'])
      .catch((e: unknown) => e);
    expect(error).toEqual({
      message: 'The requested file(s) does not exist.',
      help: HELP,
      missingFileIds: ['ffffffffffffffffffffffff'],
    });
  });

  it('deleteFile and bulkDeleteFiles remove files', async () => {
    await legacy.imagekit.deleteFile(ids[2]!);
    const deleted = await legacy.imagekit.bulkDeleteFiles(ids.slice(0, 2));
    expect(deleted).toEqual({ successfullyDeletedFileIds: ids.slice(0, 2) });
    expect(await legacy.imagekit.listFiles({})).toEqual([]);
  });
});
