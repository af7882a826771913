import { toFile } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveAITags } from '../testing/ai-tags.ts';
import { expectMatchesSpec } from '../testing/expect-matches-spec.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage, solidJpeg, transparentPng } from '../testing/test-images.ts';

let library: TestLibrary;

beforeAll(async () => {
  library = await startTestLibrary();
  const fields = [
    { name: 'brand', label: 'Brand', schema: { type: 'Text' } },
    { name: 'price', label: 'Price', schema: { type: 'Number' } },
    { name: 'launch', label: 'Launch', schema: { type: 'Date' } },
    {
      name: 'colors',
      label: 'Colors',
      schema: { type: 'MultiSelect', selectOptions: ['red', 'blue'] },
    },
  ] as const;
  for (const field of fields) await library.client.customMetadataFields.create(field as never);

  const upload = async (name: string, data: Buffer, extra: Record<string, unknown> = {}) =>
    (
      await library.client.files.upload({
        file: await toFile(data, name),
        fileName: name,
        useUniqueFileName: false,
        ...extra,
      })
    ).fileId!;
  const shoe = await upload('shoe.jpg', await solidJpeg(600, 400), {
    folder: '/shoes/',
    tags: ['sale'],
    customMetadata: { brand: 'Nike', price: 120, launch: '2024-03-01', colors: ['red'] },
  });
  await upload('sock.png', await solidImage(50, 50), {
    folder: '/shoes/',
    customMetadata: { brand: 'Puma', price: 5, colors: ['red', 'blue'] },
  });
  await upload('glass.png', await transparentPng(300, 300), { isPrivateFile: true });
  const draft = await upload('draft.png', await solidImage(10, 10));
  await library.client.files.update(draft, { publish: { isPublished: false } });
  giveAITags(library.dataDir, shoe, ['Footwear']);
});
afterAll(() => library.stop());

async function search(params: Parameters<TestLibrary['client']['assets']['list']>[0]) {
  const exchange = await library.recorder.capture(() => library.client.assets.list(params));
  expect(exchange.status, JSON.stringify(exchange.body)).toBe(200);
  expectMatchesSpec(exchange);
  return (exchange.body as { name: string; type: string }[])
    .map((asset) => (asset.type === 'folder' ? `folder:${asset.name}` : asset.name))
    .sort();
}

describe('GET /v1/files?searchQuery= through the official SDK', () => {
  const cases: [string, string[]][] = [
    ['format = "jpg"', ['shoe.jpg']],
    ['format IN ["png"]', ['draft.png', 'glass.png', 'sock.png']],
    ['transparency = true', ['glass.png']],
    ['private = true', ['glass.png']],
    ['published = false', ['draft.png']],
    ['width = 300 AND height >= 300', ['glass.png']],
    ['width > 500 OR height <= 10', ['draft.png', 'shoe.jpg']],
    ['size < "1kb"', ['draft.png', 'sock.png']],
    ['createdAt > "1h"', ['draft.png', 'glass.png', 'shoe.jpg', 'sock.png']],
    ['createdAt < "1h"', []],
    ['updatedAt >= 2024-01-01', ['draft.png', 'glass.png', 'shoe.jpg', 'sock.png']],
    ['tags IN ["Footwear"]', ['shoe.jpg']],
    ['tags NOT IN ["sale", "Footwear"]', ['draft.png', 'glass.png', 'sock.png']],
    ['"customMetadata.brand" = "Nike"', ['shoe.jpg']],
    ['"customMetadata.brand" : "P"', ['sock.png']],
    ['"customMetadata.price" >= 100', ['shoe.jpg']],
    [
      '"customMetadata.price" < 100 OR "customMetadata.launch" > "2024-01-01"',
      ['shoe.jpg', 'sock.png'],
    ],
    ['"customMetadata.colors" IN ["blue"]', ['sock.png']],
    ['"customMetadata.colors" NOT IN ["red"]', ['draft.png', 'glass.png']],
    ['type = "folder"', ['folder:shoes']],
    ['type IN ["file", "folder"] AND name : "sho"', ['folder:shoes', 'shoe.jpg']],
    ['type = "file-version"', []],
  ];
  it.each(cases)('%s', async (searchQuery, expected) => {
    expect(await search({ searchQuery })).toEqual(expected);
  });

  it('ignores the type parameter when searchQuery is present, as ImageKit documents', async () => {
    expect(await search({ type: 'folder', searchQuery: 'name : "s"' })).toEqual([
      'shoe.jpg',
      'sock.png',
    ]);
  });

  it('combines searchQuery with path, fileType, sort and paging', async () => {
    const names = await library.client.assets.list({
      path: '/shoes/',
      fileType: 'image',
      searchQuery: '"customMetadata.colors" IN ["red"]',
      sort: 'DESC_NAME',
      limit: 1,
      skip: 1,
    });
    expect(names.map((asset) => asset.name)).toEqual(['shoe.jpg']);
  });
});
