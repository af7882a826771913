import { RateLimitError, toFile } from '@imagekit/nodejs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { expectMatchesSpec } from '../testing/expect-matches-spec.ts';
import { legacyClient } from '../testing/legacy-sdk.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

const started: TestLibrary[] = [];
async function start(rateLimit?: { limit: number; intervalMs: number }) {
  const library = await startTestLibrary({ rateLimit });
  started.push(library);
  return library;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((library) => library.stop()));
});

function rateHeaders(headers: Record<string, string>) {
  return {
    limit: headers['x-ratelimit-limit'],
    reset: Number(headers['x-ratelimit-reset']),
    interval: headers['x-ratelimit-interval'],
  };
}

describe('rate limits on the management API', () => {
  it('without a limit, every answer still carries the headers and a request id', async () => {
    const library = await start();
    const exchange = await library.recorder.capture(() => library.client.assets.list());
    expect(rateHeaders(exchange.headers)).toEqual({ limit: '10000', reset: 0, interval: '1000' });
    expect(exchange.headers['x-ik-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 429 past the limit, as ImageKit does, counting across endpoints', async () => {
    const library = await start({ limit: 3, intervalMs: 60_000 });
    const first = await library.recorder.capture(() => library.client.assets.list());
    expect(rateHeaders(first.headers)).toEqual({ limit: '3', reset: 0, interval: '60000' });
    await library.client.customMetadataFields.list();
    const third = await library.recorder.capture(() =>
      library.client.files.get('0123456789abcdef01234567'),
    );
    expect(third.status).toBe(404);
    expect(rateHeaders(third.headers).reset).toBeGreaterThan(0);

    const error: unknown = await library.client.assets.list().catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    const refused = library.recorder.exchanges.at(-1)!;
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      message: 'Too many requests',
      help: 'For support kindly contact us at support@imagekit.io.',
    });
    const { limit, reset, interval } = rateHeaders(refused.headers);
    expect({ limit, interval }).toEqual({ limit: '3', interval: '60000' });
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(60_000);
    expect(refused.headers['x-ik-requestid']).toBeTruthy();
    expectMatchesSpec(refused);
  });

  it('does not limit uploads, as ImageKit documents', async () => {
    const library = await start({ limit: 1, intervalMs: 60_000 });
    await library.client.assets.list();
    await expect(library.client.assets.list()).rejects.toBeInstanceOf(RateLimitError);
    const uploaded = await library.client.files.upload({
      file: await toFile(await solidImage(4, 4), 'a.png'),
      fileName: 'a.png',
    });
    expect(uploaded.fileId).toBeTruthy();
  });

  it('does not count calls refused for a missing key', async () => {
    const library = await start({ limit: 1, intervalMs: 60_000 });
    const anonymous = await fetch(`${library.baseURL}/v1/files`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('x-ratelimit-limit')).toBe('1');
    await expect(library.client.assets.list()).resolves.toEqual([]);
  });

  it('lets a client through again once it waited X-RateLimit-Reset', async () => {
    const library = await start({ limit: 1, intervalMs: 200 });
    await library.client.assets.list();
    const refused = await library.recorder.capture(() => library.client.assets.list());
    expect(refused.status).toBe(429);
    await sleep(rateHeaders(refused.headers).reset);
    await expect(library.client.assets.list()).resolves.toEqual([]);
  });

  it('gives the legacy SDK the X-RateLimit-* fields it copies onto its error', async () => {
    const library = await start({ limit: 1, intervalMs: 60_000 });
    const legacy = legacyClient(library);
    try {
      await legacy.imagekit.listFiles({});
      const error = (await legacy.imagekit.listFiles({}).catch((e: unknown) => e)) as Record<
        string,
        unknown
      >;
      expect(error).toMatchObject({
        message: 'Too many requests',
        'X-RateLimit-Limit': 1,
        'X-RateLimit-Interval': 60_000,
      });
      expect(error['X-RateLimit-Reset']).toBeGreaterThan(0);
    } finally {
      legacy.stop();
    }
  });
});
