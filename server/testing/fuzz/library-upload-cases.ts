import { crc32 } from 'node:zlib';
import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { libraryRequest, libraryRoute, multipart } from './library-routes.ts';

/** A valid 1×1 PNG: with the other good fields, an upload the library would accept. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG header claiming 50,000 × 50,000 pixels with no pixels behind it: a pixel bomb. */
function pixelBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(50_000, 0);
  header.writeUInt32BE(50_000, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([PNG.subarray(0, 8), chunk('IHDR', header), chunk('IEND', Buffer.alloc(0))]);
}

type Fields = Record<string, string | Buffer>;
const GOOD: Fields = { fileName: 'fuzz-upload.png', folder: '/fuzz/', file: PNG };
const FILE = /file parameter/;

/** Each changes a good upload so that the library must refuse it, for the reason `names` finds. */
const FIELD_VARIANTS: ReadonlyArray<[string, (f: Fields) => Fields, RegExp]> = [
  ['no file', ({ file: _, ...f }) => f, /missing file parameter/],
  ['file empty', (f) => ({ ...f, file: '' }), /missing file parameter/],
  ['file a URL', (f) => ({ ...f, file: 'https://example.com/a.png' }), FILE],
  ['file not base64', (f) => ({ ...f, file: '!!!*' }), FILE],
  ['file not an image', (f) => ({ ...f, file: Buffer.from('hello') }), FILE],
  ['file base64 of text', (f) => ({ ...f, file: 'aGVsbG8=' }), FILE],
  ['pixel bomb', (f) => ({ ...f, file: pixelBomb() }), FILE],
  ['no fileName', ({ fileName: _, ...f }) => f, /fileName/],
  ['tags with %', (f) => ({ ...f, tags: '50%,b' }), /tags/],
  ['tags too long', (f) => ({ ...f, tags: 'a'.repeat(501) }), /tags/],
  ['coordinates malformed', (f) => ({ ...f, customCoordinates: '1,2' }), /customCoordinates/],
  ['coordinates outside', (f) => ({ ...f, customCoordinates: '0,0,2,2' }), /customCoordinates/],
  ['isPrivateFile maybe', (f) => ({ ...f, isPrivateFile: 'maybe' }), /isPrivateFile/],
  ['useUniqueFileName yes', (f) => ({ ...f, useUniqueFileName: 'yes' }), /useUniqueFileName/],
  ['isPublished TRUE', (f) => ({ ...f, isPublished: 'TRUE' }), /isPublished/],
  ['customMetadata broken', (f) => ({ ...f, customMetadata: '{' }), /Invalid custom metadata/],
  ['customMetadata a list', (f) => ({ ...f, customMetadata: '[]' }), /Invalid custom metadata/],
  [
    'customMetadata unknown',
    (f) => ({ ...f, customMetadata: '{"nosuch":1}' }),
    /Invalid custom metadata/,
  ],
  ['a second file field', (f) => ({ ...f, other: PNG }), /more than one file/],
];

/** Uploads whose form cannot be read, or is not a form at all. */
function framingCases(ctx: FuzzContext): Array<[string, RegExp, Buffer | string, string, number]> {
  const good = multipart(GOOD);
  const entries = Object.entries(GOOD);
  const json = JSON.stringify({ fileName: 'x.png', file: PNG.toString('base64') });
  const manyFields = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x']));
  return [
    ['no boundary', /multipart/, good.body, 'multipart/form-data', 400],
    ['other boundary', /multipart/, good.body, 'multipart/form-data; boundary=other', 400],
    ['cut short', /multipart/, good.body.subarray(0, good.body.length - 30), good.contentType, 400],
    [
      'two file parts',
      /more than one file/,
      multipart([...entries, ['file', PNG]]).body,
      good.contentType,
      400,
    ],
    [
      'fileName twice',
      /fileName/,
      multipart([...entries, ['fileName', 'again.png']]).body,
      good.contentType,
      400,
    ],
    [
      '101 fields',
      /too many form fields/,
      multipart({ ...GOOD, ...manyFields }).body,
      good.contentType,
      400,
    ],
    ['JSON instead of a form', /missing file parameter/, json, 'application/json', 400],
    [
      'same path, no overwrite',
      /same name already exists/,
      multipart({
        ...GOOD,
        fileName: ctx.library.filePath.split('/').pop()!,
        folder: ctx.library.filePath.split('/').slice(0, -1).join('/'),
        useUniqueFileName: 'false',
        overwriteFile: 'false',
      }).body,
      good.contentType,
      400,
    ],
  ];
}

export function libraryUploadCases(ctx: FuzzContext): FuzzRequest[] {
  const route = libraryRoute('lib-upload');
  const request = (
    label: string,
    names: RegExp,
    body: Buffer | string,
    type: string,
    status: number,
    extra = {},
  ) =>
    libraryRequest(route, ctx, {
      family: 'library upload',
      label,
      expected: [status],
      names,
      body,
      headers: { 'content-type': type, ...extra },
    });
  const good = multipart(GOOD);
  return [
    ...FIELD_VARIANTS.map(([label, change, names]) => {
      const { body, contentType } = multipart(change(GOOD));
      return request(label, names, body, contentType, 400);
    }),
    ...framingCases(ctx).map((c) => request(...c)),
    request('gzip that is not', /Content-Encoding/, good.body, good.contentType, 415, {
      'content-encoding': 'gzip',
    }),
  ];
}
