import { APIConnectionTimeoutError, InternalServerError, toFile } from '@imagekit/nodejs';
import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLocalLibrary } from '../index.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

const HELP = 'For support kindly contact us at support@imagekit.io.';

let library: TestLibrary;
let url: string;
beforeAll(async () => {
  library = await startTestLibrary();
  const uploaded = await library.client.files.upload({
    file: await toFile(await solidImage(8, 8), 'a.png'),
    fileName: 'a.png',
  });
  url = uploaded.url!;
});
afterEach(() => library.faults.set(null));
afterAll(() => library.stop());

describe('faults.set', () => {
  it.each([500, 502, 503] as const)(
    'answers every API call with %i and an ImageKit error body until cleared',
    async (status) => {
      library.faults.set({ status });
      for (const call of [
        () => library.client.assets.list(),
        () => library.client.files.bulk.addTags({ fileIds: ['x'], tags: ['y'] }),
      ]) {
        const exchange = await library.recorder.capture(call);
        expect(exchange.status).toBe(status);
        expect(exchange.body).toEqual({ message: expect.any(String), help: HELP });
      }
      const error: unknown = await library.client.assets.list().catch((e) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      library.faults.set(null);
      await expect(library.client.assets.list()).resolves.toHaveLength(1);
    },
  );

  it('fails only the next `times` calls, then clears itself', async () => {
    library.faults.set({ status: 500 }, { times: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await library.recorder.capture(() => library.client.assets.list())).status);
    }
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('fails only calls under `pathPrefix`', async () => {
    library.faults.set({ status: 502 }, { pathPrefix: '/v1/customMetadataFields' });
    await expect(library.client.assets.list()).resolves.toHaveLength(1);
    const exchange = await library.recorder.capture(() =>
      library.client.customMetadataFields.list(),
    );
    expect(exchange.status).toBe(502);
  });

  it('never touches image delivery', async () => {
    library.faults.set({ status: 503 });
    expect((await fetch(url)).status).toBe(200);
  });

  it('holds a call open with hang, so the client times out', async () => {
    library.faults.set({ hang: true }, { times: 1 });
    const error: unknown = await library.client.assets.list({}, { timeout: 200 }).catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    await expect(library.client.assets.list()).resolves.toHaveLength(1);
  });

  it.each([
    [{ status: 404 }, {}, /status must be 500, 502 or 503/],
    [{ status: 500 }, { times: 0 }, /times must be a whole number of at least 1/],
    [{ status: 500 }, { times: 1.5 }, /times must be a whole number of at least 1/],
  ])('refuses %j with %j', (fault, options, message) => {
    expect(() => library.faults.set(fault as never, options)).toThrow(message);
  });
});

describe('close() of an embedded library', () => {
  it('drops calls held by a hang, so the host server can shut down', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-library-hang-'));
    const embedded = await createLocalLibrary({
      dataDir,
      privateKey: 'private_hang',
      urlEndpoint: 'http://127.0.0.1/local/media',
      seedSamples: false,
    });
    const app = express();
    app.use('/local', embedded.router);
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      embedded.faults.set({ hang: true });
      const { port } = server.address() as AddressInfo;
      const pending = fetch(`http://127.0.0.1:${port}/local/v1/files`).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 100));
      embedded.close();
      expect(await pending).toBeInstanceOf(TypeError);
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    } finally {
      server.closeAllConnections();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
