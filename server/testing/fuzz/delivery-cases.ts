import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { libraryRequest, libraryRoute } from './library-routes.ts';
import type { Prng } from './prng.ts';

const NOT_FOUND = /Image not found/;
const MALFORMED =
  /Malformed image URL: a path segment holds an encoded slash, backslash or control/;
// A refusal quotes or names what it refused; control characters are refused with the whole path.
const REFUSED_TRANSFORMATION = /transformation|"[^"]+"|Malformed image URL/i;

/**
 * Paths that climb out of the library, hide a NUL or name nothing: no image, whatever they say.
 * Encoded slashes and control characters are refused as malformed; the rest name no file.
 */
const TRAVERSALS: ReadonlyArray<[path: string, status: number, names: RegExp]> = [
  ['/../../etc/passwd', 404, NOT_FOUND],
  ['/%2e%2e/%2e%2e/library.sqlite', 404, NOT_FOUND],
  ['/..%2f..%2flibrary.sqlite', 400, MALFORMED],
  ['/test/..%5c..%5clibrary.sqlite', 400, MALFORMED],
  ['/test/%2e%2e%2f{name}', 400, MALFORMED],
  ['/./test/{name}', 404, NOT_FOUND],
  ['//etc/passwd', 404, NOT_FOUND],
  ['/test/{name}%00.png', 400, MALFORMED],
  ['/%00', 400, MALFORMED],
  ['/test/{name}%0D%0ALocation:%20http://evil.example', 400, MALFORMED],
  ['/originals/{name}', 404, NOT_FOUND],
  ['/test/nope.jpg', 404, NOT_FOUND],
];

/**
 * Transformations a renderer must refuse rather than attempt: sizes past any limit, thousands of
 * chained steps, NUL bytes, and other shapes no parameter has. (Already URL-encoded.)
 */
export const HOSTILE_TRANSFORMATIONS: readonly string[] = [
  'w-99999999',
  'h-99999999999999999999999',
  'w-1e9',
  'w-Infinity',
  'w--1',
  'w-0',
  'w-0.0',
  'cm-extract,x-99999999999,y-0,w-10,h-10',
  'w-5001,h-5001',
  `w-${'9'.repeat(5000)}`,
  'w-10:'.repeat(1500),
  ':'.repeat(3000),
  'w-10,'.repeat(1500),
  'w-10%00',
  '%00',
  'w-%00',
  'n-%00',
  'fo-custom%00,w-10',
  'n-..%2F..%2Fsecret',
  'n-__proto__',
  'n-constructor',
  'w-10,,h-10',
  '::',
  ',',
  'w-10:',
  'a'.repeat(6000),
  '%E2%80%AE',
  'w-10%0D%0ALocation:%20http://evil.example',
  '%3Cscript%3E',
];

type Case = [family: string, label: string, status: number, names: RegExp, path: string];

/** Delivery URLs that must not deliver: traversal, hostile transformations, forgeries, methods. */
export function deliveryCases(prng: Prng, ctx: FuzzContext): FuzzRequest[] {
  const file = ctx.library.filePath;
  const name = file.split('/').pop()!;
  const media = '/local/media';
  const cases: Case[] = TRAVERSALS.map(([template, status, names]) => [
    'delivery path',
    template,
    status,
    names,
    `${media}${template.replaceAll('{name}', name)}`,
  ]);
  for (const tr of HOSTILE_TRANSFORMATIONS) {
    const inPath = prng.chance(0.5);
    cases.push([
      'hostile transformation',
      `${inPath ? 'path' : 'query'} ${tr.slice(0, 40)}`,
      400,
      REFUSED_TRANSFORMATION,
      inPath ? `${media}/tr:${tr}${file}` : `${media}${file}?tr=${tr}`,
    ]);
  }
  const forged = /signature is invalid/;
  cases.push(
    ['delivery query', 'tr twice', 400, /tr parameter/, `${media}${file}?tr=w-10&tr=w-20`],
    ['delivery signature', 'forged ik-s', 401, forged, `${media}${file}?ik-s=deadbeef`],
    ['delivery signature', 'ik-t no time', 401, forged, `${media}${file}?ik-t=soon&ik-s=00`],
    ['delivery signature', 'expired', 401, forged, `${media}${file}?ik-t=1&ik-s=${'0'.repeat(40)}`],
  );
  const route = libraryRoute('delivery');
  const requests = cases.map(([family, label, status, names, path]) =>
    libraryRequest(route, ctx, { family, label, expected: [status], names, path }),
  );
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    const label = method;
    const names = /Only GET and HEAD/;
    const request = libraryRequest(route, ctx, {
      family: 'delivery method',
      label,
      expected: [405],
      names,
    });
    requests.push({ ...request, method });
  }
  return requests;
}
