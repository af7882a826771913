import type { Prng } from './prng.ts';

/** Malformed request framing: cookies, JSON text, content types and keys nobody asked for. */

export const BAD_COOKIES: readonly string[] = [
  'tagcrop_session=',
  'tagcrop_session=forged',
  'tagcrop_session=%%%',
  'tagcrop_session="quoted"',
  'tagcrop_session=a;b',
  'tagcrop_session',
  '=tagcrop_session',
  ';;;;',
  '=',
  'tagcrop_session=../../etc/passwd',
  'tagcrop_session=\u00ff\u00fe',
  '__proto__=x; constructor=y',
  'tagcrop_session=null',
  'tagcrop_session=undefined; tagcrop_session=0',
  'TAGCROP_SESSION=abc',
  'tagcrop-session=abc',
  'tagcrop_session=a b c',
  'tagcrop_session=' + 'A'.repeat(129),
];

/** Session ids of the right shape that no server ever issued. */
export function forgedSessionCookie(prng: Prng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return `tagcrop_session=${prng.text(43, alphabet)}`;
}

export const BROKEN_JSON: readonly string[] = [
  '{',
  '}',
  '{"tags": [',
  '{"tags": ["a",]}',
  "{'tags': ['a']}",
  '{tags: ["a"]}',
  '{"tags": ["a"]} trailing',
  '{"tags": ["a"]}}',
  '{"a": NaN}',
  '{"a": Infinity}',
  '{"a": undefined}',
  '{"a": 01}',
  '{"a": .5}',
  '{"a": "\\x41"}',
  '{"a": "\\u12"}',
  '{"a": "line\nbreak"}',
  '{"a": 1 /* comment */}',
  '// comment\n{}',
  '"just a string"',
  '42',
  'true',
  'null',
  '\u0000',
  '{"a":1}\u0000',
  '[' + '['.repeat(5000),
  '{"a":' + '{"a":'.repeat(3000),
];

/** JSON that parses but is not an object. */
export const NON_OBJECT_JSON: readonly string[] = ['[]', '[{"tags": ["a"]}]', '[1,2,3]'];

/** Nesting that stays under the size limit and parses, and so reaches validation. */
export const DEEP_JSON = '['.repeat(20_000) + ']'.repeat(20_000);

export const WRONG_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'application/jsonp',
  'application/merge-patch+json',
  'image/png',
];

/** Content types that claim JSON in a way we refuse: another charset. */
export const WRONG_JSON_CHARSETS: readonly string[] = [
  'application/json; charset=latin1',
  'application/json; charset=us-ascii',
  'application/json; charset=windows-1252',
];

/** Words for keys nobody asked for, some of them with meaning upstream. */
export const UNKNOWN_KEYS: readonly string[] = [
  'webhookUrl',
  'extensions',
  'publish',
  'fileId',
  'isAdmin',
  'role',
  'id',
  'filePath',
  'url',
  'aiTags',
  '',
  ' tags',
  'Tags',
  'tags ',
  '$where',
];

/** Escapes that decodeURIComponent refuses: cut short, not hex, overlong or not UTF-8. */
export const BROKEN_ESCAPES: readonly string[] = [
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%G1',
  '%ZZ',
  '%FF',
  '%ED%A0%80',
  '%2',
];

export function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
