import { toFile } from '@imagekit/nodejs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

/** The spec's FileDetails, FolderDetails and Upload schemas; the file says where they came from. */
const SCHEMAS_PATH = new URL('../testing/imagekit-schemas.json', import.meta.url);

type Schema = { properties?: Record<string, unknown> };
let schemas: Record<string, Schema>;
let ajv: Ajv2020;

function check(schemaName: string, value: unknown): void {
  const validate = ajv.getSchema(`spec#/components/schemas/${schemaName}`)!;
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  // The spec allows extra properties; these checks catch fields it does not know at all.
  const known = Object.keys(schemas[schemaName]!.properties ?? {});
  expect(Object.keys(value as object).filter((key) => !known.includes(key))).toEqual([]);
}

let library: TestLibrary;
let fileId: string;
beforeAll(async () => {
  const spec = JSON.parse(fs.readFileSync(SCHEMAS_PATH, 'utf8')) as {
    components: { schemas: Record<string, Schema> };
  };
  schemas = spec.components.schemas;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'spec', components: { schemas } });
  library = await startTestLibrary();
  const uploaded = await library.client.files.upload({
    file: await toFile(await solidImage(40, 30), 'spec.png'),
    fileName: 'spec.png',
    folder: '/checked/',
  });
  fileId = uploaded.fileId!;
});
afterAll(() => library.stop());

describe('responses against the schemas of openapi-v1.yaml', () => {
  it('upload answers an Upload', async () => {
    const uploaded = await library.client.files.upload({
      file: await toFile(await solidImage(4, 3), 'u.png'),
      fileName: 'u.png',
      responseFields: [
        'tags',
        'customCoordinates',
        'isPrivateFile',
        'isPublished',
        'customMetadata',
        'embeddedMetadata',
        'metadata',
      ],
    });
    check('Upload', uploaded);
  });

  it('get and update answer a FileDetails', async () => {
    check('FileDetails', await library.client.files.get(fileId));
    const updated = await library.client.files.update(fileId, {
      tags: ['a'],
      customCoordinates: '1,1,2,2',
      description: 'd',
      customMetadata: { brand: 'x' },
    });
    check('FileDetails', updated);
  });

  it('list answers FileDetails and FolderDetails', async () => {
    const assets = await library.client.assets.list({ type: 'all' });
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets)
      check(asset.type === 'folder' ? 'FolderDetails' : 'FileDetails', asset);
  });
});
