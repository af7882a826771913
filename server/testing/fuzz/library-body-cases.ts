import { gzipSync } from 'node:zlib';
import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { JSON_BODY_ROUTES, libraryRequest } from './library-routes.ts';
import {
  BROKEN_JSON,
  DEEP_JSON,
  NON_OBJECT_JSON,
  WRONG_CONTENT_TYPES,
  WRONG_JSON_CHARSETS,
} from './fuzz-wire-values.ts';
import type { Prng } from './prng.ts';

/** The library's JSON routes read at most 1 MB, counted after decompression. */
const LIMIT_BYTES = 1024 * 1024;

// 16 MB of spaces inside a JSON string, gzipped to some 16 kB: refused once 1 MB is inflated.
let bomb: Buffer | undefined;
const gzipBomb = () =>
  (bomb ??= gzipSync(Buffer.from(`{"tags":["${' '.repeat(16 * LIMIT_BYTES)}"]}`), { level: 9 }));

interface Variant {
  label: string;
  family: string;
  status: number;
  names: RegExp;
  headers?: Record<string, string>;
  /** Replaces the good body; null sends none at all. */
  body?: string | Buffer | null;
}

const NOT_AN_OBJECT = /should be a JSON object/;

/**
 * Bodies of the JSON routes that cannot be read: encodings they do not have or the library does
 * not know, decompression bombs, broken or non-object JSON, other types and charsets, too big.
 */
export function libraryBodyCases(prng: Prng, ctx: FuzzContext, perRoute: number): FuzzRequest[] {
  return JSON_BODY_ROUTES.flatMap((route) => {
    const good = JSON.stringify(route.body!(ctx));
    const variants: Variant[] = [
      ...['gzip', 'deflate', 'br'].map((encoding) => ({
        label: `${encoding} that is not ${encoding}`,
        family: 'encoding',
        status: 400,
        names: /Content-Encoding/,
        headers: { 'content-encoding': encoding },
      })),
      {
        label: `unknown encoding`,
        family: 'encoding',
        status: 415,
        names: /Content-Encoding/,
        headers: { 'content-encoding': prng.pick(['x-evil', 'compress', 'gzip, br', 'zstd-x']) },
      },
      {
        label: 'gzip bomb',
        family: 'bomb',
        status: 413,
        names: /too large/,
        headers: { 'content-encoding': 'gzip' },
        body: gzipBomb(),
      },
      {
        label: 'real gzip of broken JSON',
        family: 'broken',
        status: 400,
        names: /not valid JSON/,
        headers: { 'content-encoding': 'gzip' },
        body: gzipSync('{"tags": ['),
      },
      { label: 'no body', family: 'missing', status: 400, names: NOT_AN_OBJECT, body: null },
      {
        label: 'deep arrays',
        family: 'not object',
        status: 400,
        names: NOT_AN_OBJECT,
        body: DEEP_JSON,
      },
      {
        label: 'too big',
        family: 'huge',
        status: 413,
        names: /too large/,
        body: JSON.stringify({ ...route.body!(ctx), x: 'x'.repeat(LIMIT_BYTES) }),
      },
    ];
    for (let i = 0; i < perRoute; i++) {
      const type = prng.pick(WRONG_CONTENT_TYPES);
      variants.push(
        {
          label: 'broken JSON',
          family: 'broken',
          status: 400,
          names: /not valid JSON/,
          body: prng.pick(BROKEN_JSON),
        },
        {
          label: 'JSON, no object',
          family: 'not object',
          status: 400,
          names: NOT_AN_OBJECT,
          body: prng.pick(NON_OBJECT_JSON),
        },
        {
          label: type,
          family: 'type',
          status: 400,
          names: NOT_AN_OBJECT,
          headers: { 'content-type': type },
        },
        {
          label: 'charset',
          family: 'charset',
          status: 415,
          names: /charset/,
          headers: { 'content-type': prng.pick(WRONG_JSON_CHARSETS) },
        },
      );
    }
    return variants.map((variant) => {
      const request = libraryRequest(route, ctx, {
        family: `library body ${variant.family}`,
        label: variant.label,
        expected: [variant.status],
        names: variant.names,
        body: variant.body ?? good,
        headers: variant.headers,
      });
      if (variant.body === null) {
        delete request.body;
        delete request.headers['content-type'];
      }
      return request;
    });
  });
}
