import { toFile } from '@imagekit/nodejs';
import http from 'node:http';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { TestLibrary } from './test-library.ts';

export interface Fetched {
  response: Response;
  body: Buffer;
}

/** Uploads under the exact name given (no unique suffix); returns the fileId. */
export async function uploadImage(
  library: TestLibrary,
  name: string,
  data: Buffer,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const uploaded = await library.client.files.upload({
    file: await toFile(data, name),
    fileName: name,
    useUniqueFileName: false,
    ...extra,
  });
  return uploaded.fileId!;
}

/** A GET (or `init.method`) relative to the delivery endpoint, e.g. `/a.png?tr=w-10`. */
export async function fetchMedia(
  library: TestLibrary,
  pathAndQuery: string,
  init?: RequestInit,
): Promise<Fetched> {
  const response = await fetch(`${library.urlEndpoint}${pathAndQuery}`, init);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** Fetches an image that must be delivered and reads its metadata. */
export async function fetchImage(library: TestLibrary, pathAndQuery: string, accept?: string) {
  const fetched = await fetchMedia(
    library,
    pathAndQuery,
    accept === undefined ? undefined : { headers: { accept } },
  );
  expect(fetched.response.status, pathAndQuery).toBe(200);
  return { ...fetched, metadata: await sharp(fetched.body).metadata() };
}

/** Expects ImageKit's `{message, help}` error body with the given status. */
export async function expectRefusal(
  fetched: Fetched | Promise<Fetched>,
  status: number,
  message?: RegExp,
): Promise<void> {
  const { response, body } = await fetched;
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const error = JSON.parse(body.toString()) as { message: string; help: string };
  expect(error.help).toBe('For support kindly contact us at support@imagekit.io.');
  if (message) expect(error.message).toMatch(message);
}

/**
 * A GET whose path and headers are sent exactly as written: fetch would resolve dot segments,
 * and adds `Cache-Control: no-cache` to conditional requests, which turns off 304s.
 */
export function rawGet(
  library: TestLibrary,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const endpoint = new URL(library.urlEndpoint);
  const options = {
    host: endpoint.hostname,
    port: endpoint.port,
    path: `${endpoint.pathname}${rawPath}`,
    headers,
  };
  return new Promise((resolve, reject) => {
    http
      .get(options, (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      })
      .on('error', reject);
  });
}

/** The RGB of one pixel, whatever the image's channels. */
export async function pixelAt(image: Buffer, x: number, y: number) {
  const { data, info } = await sharp(image)
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return {
    r: data[at]!,
    g: data[at + 1]!,
    b: data[at + 2]!,
    alpha: info.channels === 4 ? data[at + 3]! : 255,
  };
}
