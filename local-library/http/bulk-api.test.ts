import { BadRequestError, NotFoundError, toFile } from '@imagekit/nodejs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { giveAITags } from '../testing/ai-tags.ts';
import { expectMatchesSpec } from '../testing/expect-matches-spec.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

const HELP = 'For support kindly contact us at support@imagekit.io.';
const MISSING_ID = '0123456789abcdef01234567';

let library: TestLibrary;
let ids: string[];

async function upload(name: string, tags: string[] = []): Promise<string> {
  const uploaded = await library.client.files.upload({
    file: await toFile(await solidImage(20, 10), name),
    fileName: name,
    tags,
    useUniqueFileName: false,
  });
  return uploaded.fileId!;
}

async function tagsOf(fileId: string) {
  const file = await library.client.files.get(fileId);
  return { tags: file.tags, AITags: file.AITags?.map((tag) => tag.name) ?? null };
}

beforeAll(async () => {
  library = await startTestLibrary();
});
afterAll(() => library.stop());
beforeEach(async () => {
  ids = [await upload('one.png', ['keep']), await upload('two.png'), await upload('three.png')];
});

describe('POST /v1/files/addTags', () => {
  it('adds tags to every file, keeping what each had and never listing a tag twice', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.addTags({ fileIds: ids.slice(0, 2), tags: ['sale', 'keep'] }),
    );
    expect(exchange.status).toBe(200);
    expect(exchange.body).toEqual({ successfullyUpdatedFileIds: ids.slice(0, 2) });
    expectMatchesSpec(exchange);
    expect(await tagsOf(ids[0]!)).toEqual({ tags: ['keep', 'sale'], AITags: null });
    expect(await tagsOf(ids[1]!)).toEqual({ tags: ['sale', 'keep'], AITags: null });
    expect(await tagsOf(ids[2]!)).toEqual({ tags: null, AITags: null });
  });

  it('answers 404 with missingFileIds and changes nothing when any file is missing', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.addTags({ fileIds: [ids[0]!, MISSING_ID], tags: ['x'] }),
    );
    expect(exchange.status).toBe(404);
    expect(exchange.body).toEqual({
      message: 'The requested file(s) does not exist.',
      help: HELP,
      missingFileIds: [MISSING_ID],
    });
    expectMatchesSpec(exchange);
    expect((await tagsOf(ids[0]!)).tags).toEqual(['keep']);
  });

  it('answers 207 when some files cannot take the tags, updating the others', async () => {
    await library.client.files.update(ids[1]!, { tags: ['a'.repeat(495)] });
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.addTags({ fileIds: ids.slice(0, 2), tags: ['extra'] }),
    );
    expect(exchange.status).toBe(207);
    expect(exchange.body).toEqual({
      successfullyUpdatedFileIds: [ids[0]],
      errors: [
        {
          fileId: ids[1],
          error:
            'Your request contains invalid value for tags parameter. Combined length of all tags should be less than or equal to 500.',
        },
      ],
    });
    expectMatchesSpec(exchange);
    expect((await tagsOf(ids[0]!)).tags).toEqual(['keep', 'extra']);
    expect((await tagsOf(ids[1]!)).tags).toEqual(['a'.repeat(495)]);
  });

  it('moves updatedAt of the files it changed', async () => {
    const before = await library.client.files.get(ids[1]!);
    await library.client.files.bulk.addTags({ fileIds: [ids[1]!], tags: ['new'] });
    const after = await library.client.files.get(ids[1]!);
    expect(Date.parse(after.updatedAt!)).toBeGreaterThan(Date.parse(before.updatedAt!));
    expect(after.url).not.toBe(before.url);
  });

  const invalid: [string, unknown, string][] = [
    ['no fileIds', { tags: ['x'] }, 'fileIds parameter is missing.'],
    ['fileIds not an array', { fileIds: 'a', tags: ['x'] }, 'fileIds should be an Array.'],
    ['empty fileIds', { fileIds: [], tags: ['x'] }, 'fileIds is empty.'],
    [
      '51 files',
      { fileIds: Array.from({ length: 51 }, (_, i) => `id${i}`), tags: ['x'] },
      'A maximum of 50 files can be edited at a time.',
    ],
    ['no tags', { fileIds: ['a'] }, 'tags parameter is missing.'],
    ['empty tags', { fileIds: ['a'], tags: [] }, 'tags array cannot be empty.'],
    [
      'tags over 500 characters',
      { fileIds: ['a'], tags: ['a'.repeat(300), 'b'.repeat(201)] },
      'Your request contains invalid value for tags parameter. Combined length of all tags should be less than or equal to 500.',
    ],
    [
      'a tag with %',
      { fileIds: ['a'], tags: ['50%'] },
      'Your request contains invalid value for tags parameter. Tags cannot be empty or contain the "%" character.',
    ],
    [
      'an unknown field',
      { fileIds: ['a'], tags: ['x'], force: true },
      'Your request contains an unknown parameter: force.',
    ],
  ];
  it.each(invalid)('answers 400 for %s', async (_name, body, message) => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.addTags(body as never),
    );
    expect(exchange.status).toBe(400);
    expect(exchange.body).toEqual({ message, help: HELP });
    expectMatchesSpec(exchange);
  });

  it('takes exactly 50 files', async () => {
    const fileIds = [...ids, ...Array.from({ length: 47 }, () => ids[0]!)];
    await expect(library.client.files.bulk.addTags({ fileIds, tags: ['fifty'] })).resolves.toEqual({
      successfullyUpdatedFileIds: ids,
    });
  });
});

describe('POST /v1/files/removeTags', () => {
  it('removes the tags from every file that has them', async () => {
    await library.client.files.bulk.addTags({ fileIds: ids, tags: ['a', 'b'] });
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.removeTags({ fileIds: ids.slice(0, 2), tags: ['a', 'keep'] }),
    );
    expect(exchange.body).toEqual({ successfullyUpdatedFileIds: ids.slice(0, 2) });
    expectMatchesSpec(exchange);
    expect((await tagsOf(ids[0]!)).tags).toEqual(['b']);
    expect((await tagsOf(ids[1]!)).tags).toEqual(['b']);
    expect((await tagsOf(ids[2]!)).tags).toEqual(['a', 'b']);
  });

  it('answers 404 with missingFileIds', async () => {
    const error: unknown = await library.client.files.bulk
      .removeTags({ fileIds: [MISSING_ID], tags: ['x'] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).error).toMatchObject({ missingFileIds: [MISSING_ID] });
    expectMatchesSpec(library.recorder.exchanges.at(-1)!);
  });
});

describe('POST /v1/files/removeAITags', () => {
  it('removes the named AI tags and leaves user tags alone', async () => {
    giveAITags(library.dataDir, ids[0]!, ['Shoe', 'Red', 'Leather']);
    giveAITags(library.dataDir, ids[1]!, ['Shoe']);
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.removeAITags({ fileIds: ids.slice(0, 2), AITags: ['Shoe', 'Red'] }),
    );
    expect(exchange.body).toEqual({ successfullyUpdatedFileIds: ids.slice(0, 2) });
    expectMatchesSpec(exchange);
    expect(await tagsOf(ids[0]!)).toEqual({ tags: ['keep'], AITags: ['Leather'] });
    expect(await tagsOf(ids[1]!)).toEqual({ tags: null, AITags: null });
  });

  it('answers 404 without missingFileIds, as the spec documents', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.removeAITags({ fileIds: [MISSING_ID], AITags: ['x'] }),
    );
    expect(exchange.status).toBe(404);
    expect(exchange.body).toEqual({ message: 'The requested file(s) does not exist.', help: HELP });
    expectMatchesSpec(exchange);
  });

  it.each([
    [{ fileIds: ['a'] }, 'AITags parameter is missing.'],
    [{ fileIds: ['a'], AITags: [] }, 'AITags array cannot be empty.'],
    [
      { fileIds: ['a'], AITags: 'x' },
      "Your request contains invalid value for AITags. Please provide an array of strings. Example - ['t-shirt','summer-sale'].",
    ],
  ])('answers 400 for %j', async (body, message) => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.removeAITags(body as never),
    );
    expect(exchange.body).toEqual({ message, help: HELP });
    expectMatchesSpec(exchange);
  });
});

describe('DELETE /v1/files/:fileId', () => {
  it('answers 204, and the file, its URL and its stored bytes are gone', async () => {
    const file = await library.client.files.get(ids[0]!);
    const originals = path.join(library.dataDir, 'originals', ids[0]!);
    expect(fs.existsSync(originals)).toBe(true);
    const exchange = await library.recorder.capture(() => library.client.files.delete(ids[0]!));
    expect(exchange.status).toBe(204);
    expectMatchesSpec(exchange);
    await expect(library.client.files.get(ids[0]!)).rejects.toBeInstanceOf(NotFoundError);
    expect((await fetch(file.url!)).status).toBe(404);
    expect(fs.existsSync(originals)).toBe(false);
  });

  it.each([
    [MISSING_ID, 404, 'The requested file does not exist.'],
    ['bad id!', 400, 'Your request contains invalid fileId parameter.'],
  ])('answers %s with %i', async (fileId, status, message) => {
    const exchange = await library.recorder.capture(() => library.client.files.delete(fileId));
    expect(exchange.status).toBe(status);
    expect(exchange.body).toEqual({ message, help: HELP });
    expectMatchesSpec(exchange);
  });
});

describe('POST /v1/files/batch/deleteByFileIds', () => {
  it('deletes every file listed', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.delete({ fileIds: ids.slice(0, 2) }),
    );
    expect(exchange.body).toEqual({ successfullyDeletedFileIds: ids.slice(0, 2) });
    expectMatchesSpec(exchange);
    const left = (await library.client.assets.list()).map((asset) =>
      'fileId' in asset ? asset.fileId : '',
    );
    expect(left).not.toContain(ids[0]);
    expect(left).not.toContain(ids[1]);
    expect(left).toContain(ids[2]);
  });

  it('deletes nothing and answers 404 with missingFileIds when any file is missing', async () => {
    const exchange = await library.recorder.capture(() =>
      library.client.files.bulk.delete({ fileIds: [ids[2]!, MISSING_ID] }),
    );
    expect(exchange.status).toBe(404);
    expect(exchange.body).toEqual({
      message: 'The requested file(s) does not exist.',
      help: HELP,
      missingFileIds: [MISSING_ID],
    });
    expectMatchesSpec(exchange);
    await expect(library.client.files.get(ids[2]!)).resolves.toMatchObject({ fileId: ids[2] });
  });

  it('answers 400 for more than 100 files', async () => {
    const error: unknown = await library.client.files.bulk
      .delete({ fileIds: Array.from({ length: 101 }, (_, i) => `id${i}`) })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).error).toEqual({
      message: 'fileIds cannot have more than 100 items.',
      help: HELP,
    });
    expectMatchesSpec(library.recorder.exchanges.at(-1)!);
  });
});
