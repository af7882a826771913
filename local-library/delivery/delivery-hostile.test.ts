import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectRefusal,
  fetchImage,
  fetchMedia,
  rawGet,
  uploadImage,
} from '../testing/delivery-client.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

let library: TestLibrary;

beforeAll(async () => {
  library = await startTestLibrary();
  await uploadImage(library, 'tiny.png', await solidImage(10, 10));
  await uploadImage(library, 'wide.png', await solidImage(1000, 10));
});
afterAll(() => library.stop());

const chain = (count: number) => Array(count).fill('w-1').join(':');

/** Transformation text as it goes into the URL, already percent-encoded where needed. */
const hostile: [string, string, RegExp][] = [
  ['a huge width', 'w-99999999', /Invalid "w-99999999"/],
  ['a width past 5000', 'w-5001', /Invalid "w-5001"/],
  ['an oversized result from a small request', 'h-500', /each side can be at most 5000/],
  ['an oversized intermediate step', 'h-600:w-10', /each side can be at most 5000/],
  ['thousands of chained steps', chain(3000), /at most 1000 are accepted/],
  ['eleven chained steps', chain(11), /at most 10 steps/],
  ['an overlong single value', `w-${'9'.repeat(990)}`, /Invalid/],
  ['a NUL byte', 'w-10%00', /not allowed \(U\+0000\)/],
  ['a newline (header injection)', 'w-10%0D%0ALocation:%20x', /not allowed \(U\+000D\)/],
  ['a tab', 'w-10%09', /not allowed \(U\+0009\)/],
  ['DEL', 'w-10%7F', /not allowed \(U\+007F\)/],
  ['non-ASCII', 'w-%EF%BC%95', /not allowed \(U\+FF15\)/],
  ['an encoded ampersand', 'w-10%26x%3D1', /not allowed \(U\+0026\)/],
  ['a repeated parameter', 'w-10,w-20', /"w" appears twice/],
  ['a negative number', 'w--10', /Invalid "w--10"/],
  ['NaN', 'h-NaN', /Invalid "h-NaN"/],
  ['Infinity', 'w-Infinity', /Invalid "w-Infinity"/],
  ['an exponent', 'w-1e4', /Invalid "w-1e4"/],
  ['a hex number', 'q-0x32', /Invalid "q-0x32"/],
  ['a negative DPR', 'w-10,dpr--2', /Invalid "dpr--2"/],
  ['a huge blur', 'bl-1000000', /Invalid "bl-1000000"/],
  ['a huge radius', 'r-99999999999', /Invalid/],
  ['an extreme aspect ratio', 'ar-100000-1,w-10', /Invalid "ar-100000-1"/],
  ['an unknown parameter', 'zz-1', /Unknown transformation parameter "zz-1"/],
  ['a prototype key', '__proto__-1', /Unknown transformation parameter/],
  ['an empty step', 'w-10::h-10', /step is empty/],
  ['an empty parameter', 'w-10,,h-10', /empty parameter/],
  ['a script tag', '%3Cscript%3E', /not allowed \(U\+003C\)/],
];

describe('hostile transformation strings answer 400 in ImageKit’s error shape', () => {
  it.each(hostile)('%s, in the query form', async (_name, tr, message) => {
    await expectRefusal(fetchMedia(library, `/wide.png?tr=${tr}`), 400, message);
  });

  it.each(hostile)('%s, in the path form', async (_name, tr, message) => {
    const { status, body } = await rawGet(library, `/tr:${tr}/wide.png`);
    expect(status).toBe(400);
    const error = JSON.parse(body) as { message: string; help: string };
    expect(error.help).toMatch(/support@imagekit.io/);
    // Control characters and paths past 2048 characters are refused as a whole URL first.
    expect(error.message).toMatch(new RegExp(`${message.source}|^Malformed image URL: `));
  });

  it('refuses what the query parser turns into something other than one string', async () => {
    for (const query of ['tr=w-1&tr=w-2', 'tr[]=w-1', 'tr[a]=w-1']) {
      const { response } = await fetchMedia(library, `/tiny.png?${query}`);
      expect(response.status, query).toBeLessThan(500);
    }
    await expectRefusal(fetchMedia(library, '/tiny.png?tr=w-1&tr=w-2'), 400, /Malformed/);
  });

  it('refuses a chain of more than ten steps across both forms', async () => {
    await expectRefusal(
      fetchMedia(library, `/tr:${chain(6)}/tiny.png?tr=${chain(6)}`),
      400,
      /at most 10 steps/,
    );
  });

  it('drops a DPR that would pass 5000 px, as ImageKit documents, instead of failing', async () => {
    const { metadata } = await fetchImage(library, '/tiny.png?tr=w-1200,dpr-5');
    expect(metadata).toMatchObject({ width: 1200, height: 1200 });
  });

  it('refuses a result that would pass 5000 px even when each number is allowed', async () => {
    await expectRefusal(fetchMedia(library, '/wide.png?tr=w-100:h-600'), 400, /at most 5000/);
    await expectRefusal(
      fetchMedia(library, '/tiny.png?tr=w-4000,h-10,c-force:h-20'),
      400,
      /at most 5000/,
    );
  });
});

describe('delivery paths never reach files outside the library', () => {
  const notFound = 'Image not found.';
  const encoded =
    'Malformed image URL: a path segment holds an encoded slash, backslash or control character.';
  const paths: [string, number, string][] = [
    ['/../library.sqlite', 404, notFound],
    ['/../../../../etc/passwd', 404, notFound],
    ['/%2e%2e/%2e%2e/library.sqlite', 404, notFound],
    ['/%2E%2E%2Flibrary.sqlite', 400, encoded],
    ['/..%2f..%2flibrary.sqlite', 400, encoded],
    ['/..%5c..%5clibrary.sqlite', 400, encoded],
    ['/tiny.png%00.jpg', 400, encoded],
    ['/%00', 400, encoded],
    ['/tiny%0a.png', 400, encoded],
    ['/tr:w-10/..%2ftiny.png', 400, encoded],
    ['/originals', 404, notFound],
    ['/cache/', 404, notFound],
    ['/library-key', 404, notFound],
    [
      `/${'a/'.repeat(1100)}tiny.png`,
      400,
      'Malformed image URL: the path is longer than 2048 characters.',
    ],
    ['/%E0%A4%A.png', 400, 'Malformed image URL: it is not validly percent-encoded.'],
  ];
  it.each(paths)('%s → %d', async (path, status, message) => {
    const { status: actual, body, headers } = await rawGet(library, path);
    expect(actual).toBe(status);
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(body)).toEqual({
      message,
      help: 'For support kindly contact us at support@imagekit.io.',
    });
  });
});
