import type { ErrorCode } from '../../../common/api/error-envelope.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { multipart } from './library-routes.ts';
import { ONE_PIXEL_PNG, pngClaiming } from '../upload-images.ts';

const PNG = ONE_PIXEL_PNG;
const BOMB = pngClaiming(40_000, 40_000);

/** One byte over the harness's UPLOAD_MAX_MB of 1. */
const OVERSIZED = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 1 - PNG.length)]);

type Entry = [string, string | Buffer, string?];
const GOOD: Entry[] = [
  ['folder', '/fuzz-uploads/'],
  ['tags', 'fuzz'],
  ['file', PNG, 'fuzz.png'],
];
const without = (name: string) => GOOD.filter(([n]) => n !== name);
const withField = (name: string, value: string): Entry[] => [...without(name), [name, value]];
const withFile = (value: Buffer, filename = 'fuzz.png'): Entry[] => [
  ...without('file'),
  ['file', value, filename],
];

const NOT_IMAGE = /not an image we accept/;

/** Each breaks a good upload in one way; tagcrop must refuse it before anything reaches the library. */
const FORM_VARIANTS: ReadonlyArray<[string, Entry[], number, RegExp]> = [
  ['text as the file', withFile(Buffer.from('hello, world')), 415, NOT_IMAGE],
  ['an SVG', withFile(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), 415, NOT_IMAGE],
  [
    'an HTML page named .png',
    withFile(Buffer.from('<!doctype html><script>1</script>')),
    415,
    NOT_IMAGE,
  ],
  ['an empty file', withFile(Buffer.alloc(0)), 415, NOT_IMAGE],
  ['a pixel bomb', withFile(BOMB), 413, /megapixels/],
  ['a file over UPLOAD_MAX_MB', withFile(OVERSIZED), 413, /larger than 1 MB/],
  ['a part named ../../x.png', withFile(PNG, '../../x.png'), 400, /file name cannot contain/],
  ['a part named C:\\x.png', withFile(PNG, 'C:\\x.png'), 400, /file name cannot contain/],
  ['fileName ../x.png', withField('fileName', '../x.png'), 400, /fileName/],
  ['fileName /etc/passwd', withField('fileName', '/etc/passwd'), 400, /fileName/],
  ['fileName ..', withField('fileName', '..'), 400, /fileName/],
  ['fileName with NUL', withField('fileName', 'a\u0000.png'), 400, /fileName/],
  ['fileName empty', withField('fileName', ''), 400, /fileName/],
  ['folder /a/../../b', withField('folder', '/a/../../b'), 400, /folder/],
  ['folder ..', withField('folder', '..'), 400, /folder/],
  ['folder C:\\Windows', withField('folder', 'C:\\Windows'), 400, /folder/],
  ['folder with a newline', withField('folder', '/a\n/'), 400, /folder/],
  ['folder %2e%2e', withField('folder', '/%2e%2e/'), 400, /folder/],
  ['folder twice', [...GOOD, ['folder', '/other/']], 400, /folder/],
  ['tags with %', withField('tags', '50%'), 400, /tags/],
  ['tags too long', withField('tags', 'a'.repeat(501)), 400, /tags/],
  ['coordinates malformed', withField('customCoordinates', '1,2'), 400, /customCoordinates/],
  ['coordinates outside', withField('customCoordinates', '0,0,2,2'), 400, /customCoordinates/],
  [
    'a region for two files',
    [...withField('customCoordinates', '0,0,1,1'), ['file', PNG, 'two.png']],
    400,
    /single image/,
  ],
  ['an unknown field', withField('isPrivateFile', 'true'), 400, /isPrivateFile/],
  ['a prototype key', withField('__proto__', 'x'), 400, /may not use the key/],
  ['an image in another field', [...without('file'), ['image', PNG, 'a.png']], 400, /"image"/],
  ['no file', without('file'), 400, /"file" field/],
  [
    '51 files',
    [...without('file'), ...Array.from({ length: 51 }, (): Entry => ['file', PNG, 'a.png'])],
    400,
    /At most 50 files/,
  ],
  [
    '9 fields',
    [...GOOD, ...Array.from({ length: 9 }, (_, i): Entry => [`f${i}`, 'x'])],
    400,
    /Too many fields/,
  ],
  ['a 5 kB field', withField('tags', 'a'.repeat(5000)), 400, /too long/],
];

export function uploadCases(ctx: FuzzContext): FuzzRequest[] {
  const request = (
    label: string,
    status: number,
    names: RegExp | undefined,
    body: Buffer | string,
    headers: Record<string, string>,
  ): FuzzRequest => ({
    family: 'tagcrop upload',
    label: `files-upload: ${label}`,
    target: 'app',
    route: 'POST /api/files',
    method: 'POST',
    path: '/api/files',
    headers: { ...ctx.sessions.editor.headers, ...headers },
    body,
    expected: [status],
    expectedCode: (
      { 413: 'payload_too_large', 415: 'unsupported_media_type' } as Record<number, ErrorCode>
    )[status],
    names,
  });
  const good = multipart(GOOD);
  return [
    ...FORM_VARIANTS.map(([label, entries, status, names]) => {
      const { body, contentType } = multipart(entries);
      return request(label, status, names, body, { 'content-type': contentType });
    }),
    request('JSON instead of a form', 415, /multipart/, '{"file":"x"}', {
      'content-type': 'application/json',
    }),
    request('text/plain', 415, /multipart/, 'file=x', { 'content-type': 'text/plain' }),
    request('no boundary', 400, /multipart/, good.body, { 'content-type': 'multipart/form-data' }),
    request('cut short', 400, /multipart/, good.body.subarray(0, good.body.length - 40), {
      'content-type': good.contentType,
    }),
    request('gzip that is not', 415, /Content-Encoding/, good.body, {
      'content-type': good.contentType,
      'content-encoding': 'gzip',
    }),
  ];
}
