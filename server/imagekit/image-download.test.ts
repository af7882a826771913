import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { downloadImage, isUnderEndpoint } from './image-download.ts';

describe('isUnderEndpoint', () => {
  const endpoint = 'https://ik.imagekit.io/demo';
  it.each([
    ['https://ik.imagekit.io/demo/products/shoe.jpg?updatedAt=1', true],
    ['https://ik.imagekit.io/demo/a.jpg', true],
    [`${endpoint}`, false],
    ['https://ik.imagekit.io/demo-other/a.jpg', false],
    ['https://ik.imagekit.io/other/a.jpg', false],
    ['http://ik.imagekit.io/demo/a.jpg', false],
    ['https://evil.example/demo/a.jpg', false],
    ['https://ik.imagekit.io.evil.example/demo/a.jpg', false],
    ['https://user:pw@ik.imagekit.io/demo/a.jpg', false],
    ['https://ik.imagekit.io:8443/demo/a.jpg', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isUnderEndpoint(url, endpoint)).toBe(expected);
    expect(isUnderEndpoint(url, `${endpoint}/`)).toBe(expected);
  });
});

// One local server playing every way a delivery can go wrong.
let server: http.Server;
let origin: string;
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url) {
      case '/ok.png':
        return res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
      case '/broken':
        return res.writeHead(500).end('boom');
      case '/page':
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html></html>');
      case '/declared-big':
        res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': '5000' });
        return res.end(Buffer.alloc(5000));
      case '/streamed-big':
        res.writeHead(200, { 'Content-Type': 'image/png' });
        res.write(Buffer.alloc(700));
        return res.end(Buffer.alloc(700));
      case '/elsewhere':
        return res.writeHead(302, { Location: 'https://evil.example/x.png' }).end();
      case '/hang':
        return; // never answers
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const limits = { timeoutMs: 300, maxBytes: 1000 };

async function failure(path: string) {
  const error = await downloadImage(`${origin}${path}`, limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('downloadImage', () => {
  it('returns the bytes of an image', async () => {
    expect(await downloadImage(`${origin}/ok.png`, limits)).toEqual(PNG);
  });

  it.each([
    ['/broken', /could not deliver the image \(500\)/],
    ['/missing', /could not deliver the image \(404\)/],
    ['/page', /not an image/],
    ['/declared-big', /over 1 KB/],
    ['/streamed-big', /over 1 KB/],
    ['/elsewhere', /Could not download/],
  ])('when %s, then 502 upstream_error', async (path, message) => {
    const error = await failure(path);
    expect([error.status, error.code]).toEqual([502, 'upstream_error']);
    expect(error.message).toMatch(message);
  });

  it('when the delivery never answers, then 504 after the timeout', async () => {
    const started = Date.now();
    const error = await failure('/hang');
    expect([error.status, error.code]).toEqual([504, 'upstream_timeout']);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
