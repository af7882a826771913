import type { Prng } from './prng.ts';

/**
 * Pools of malformed values, each invalid on its own wherever it is used: one of them in an
 * otherwise good request must be enough to have it refused.
 */

/** Stands for a prototype key in JSON text; JSON.stringify cannot write `__proto__` itself. */
export const PROTO_PLACEHOLDER = '__fuzz_proto_key__';
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Replaces the placeholder keys in JSON text with real prototype keys. */
export function withProtoKeys(json: string, prng: Prng): string {
  return json.replaceAll(`"${PROTO_PLACEHOLDER}"`, () => `"${prng.pick(PROTO_KEYS)}"`);
}

/** A polluting payload, as JSON.parse would see it under a prototype key. */
export const POLLUTION = { polluted: 'yes', isAdmin: true, toString: 'hacked' };

const GARBAGE_ALPHABET = 'abcXYZ019 !"#$&\'()*+-./:;<=>?@[\\]^_`{|}~é漢😀\u202e';

export function garbage(prng: Prng, maxLength = 40): string {
  return prng.text(prng.int(1, maxLength), GARBAGE_ALPHABET);
}

/** Values of the wrong JSON type for a field that wants a string or a list of strings. */
export const WRONG_TYPES: readonly unknown[] = [
  42,
  -1.5,
  0,
  true,
  false,
  {},
  { a: 1 },
  [1, 2],
  [[['deep']]],
  [null],
  [{ x: 'y' }],
  1e308,
];

/** File ids as they appear in a URL path; all fail the pattern (or the route). */
export const BAD_PATH_FILE_IDS: readonly string[] = [
  '..',
  '.',
  '%2E%2E',
  '%2e',
  '%2F',
  'a%2Fb',
  '..%2F..%2Fv1%2Ffiles',
  '%2E%2E%2Fusers',
  '%252F',
  '%5C',
  'a%5Cb',
  '%C3%A9t%C3%A9',
  '%E2%80%AE',
  '%F0%9F%98%80',
  'x'.repeat(65),
  'A'.repeat(200),
  '%00',
  'a%00b',
  '%20',
  'a%20b',
  '%',
  'a%',
  '%E0%A4%A',
  '%C0%AF',
  'a.jpg',
  'a+b',
  'a;b',
  'a,b',
  '@me',
  '~root',
  '*',
  '%3F',
  '%23',
  'a%3Fb%3D1',
  '%0D%0ASet-Cookie:x=1',
  '%09',
];

/** File ids as they appear in a JSON body (decoded text). */
export const BAD_BODY_FILE_IDS: readonly unknown[] = [
  '',
  '..',
  '../../v1/files',
  'a/b',
  'a\\b',
  'été',
  '\u202e',
  'x'.repeat(65),
  '\u0000',
  'a b',
  '\udfff',
  'a.b',
  '%2F',
  ' abc',
  'abc\n',
  '١٢٣',
  42,
  null,
  true,
  ['abc'],
  { fileId: 'abc' },
];

export const BAD_COORDINATES: readonly unknown[] = [
  '-1,2,3,4',
  '1,-2,3,4',
  '1,2,-3,4',
  '1.5,2,3,4',
  '1,2,3.0,4',
  '1,2,0,4',
  '1,2,3,0',
  '1,2,3',
  '1,2,3,4,5',
  '1,2,,4',
  '',
  ',,,',
  '1 ,2,3,4',
  ' 1,2,3,4',
  '1,2,3,4 ',
  '+1,2,3,4',
  '0x1,2,3,4',
  '1e2,2,3,4',
  '1,2,3,4e1',
  '1234567,0,10,10',
  '99999999999999999999,0,1,1',
  'Infinity,0,1,1',
  '١,٢,٣,٤',
  '１,２,３,４',
  '1;2;3;4',
  '1,2,3,4\n',
  'x,y,width,height',
  '10,20,300,400; DROP TABLE files',
  [1, 2, 3, 4],
  { x: 1, y: 2, width: 3, height: 4 },
  1234,
  true,
];

/** Fit the pattern but not an 800×600 image: refused only after the file's size is known. */
export const OUT_OF_BOUNDS_COORDINATES: readonly string[] = [
  '700,0,101,10',
  '0,500,10,101',
  '0,0,801,600',
  '0,0,800,601',
  '799,599,2,2',
  '999999,999999,1,1',
  '0,0,999999,999999',
];

/** Tag lists that break a rule: characters, emptiness, duplicates, length, count, type. */
export function badTagLists(prng: Prng): unknown[] {
  const many = Array.from({ length: 10_000 }, (_, i) => `t${i.toString(36)}`);
  return [
    ['50%'],
    ['a,b'],
    ['ok', 'tab\there'],
    ['new\nline'],
    ['nul\u0000'],
    ['bell\u0007'],
    ['del\u007f'],
    ['c1\u0085control'],
    ['lone\ud800surrogate'],
    [''],
    ['   '],
    ['Red', 'red'],
    ['dup', 'dup'],
    ['ß', 'ß', 'x'],
    ['a'.repeat(501)],
    ['a'.repeat(300), 'b'.repeat(300)],
    Array.from({ length: 300 }, (_, i) => `tag${i}`),
    many,
    Array.from({ length: 10_000 }, () => 'same'),
    [garbage(prng, 20) + '%'],
    [',' + garbage(prng, 10)],
    'a,b',
    'single',
    [42],
    [['nested']],
    [null],
    [{ tag: 'x' }],
    { 0: 'a' },
    7,
    true,
  ];
}
