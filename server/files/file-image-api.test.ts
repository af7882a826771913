import sharp from 'sharp';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDetails } from '../../common/file-details.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let privateFile: FileDetails;
let publicFile: FileDetails;
beforeAll(async () => {
  t = await createTestApp();
  privateFile = await t.addImage('secret.jpg', { width: 600, height: 400 }, undefined, {
    isPrivateFile: true,
  });
  publicFile = await t.addImage('open.jpg', { width: 600, height: 400 });
});
afterAll(() => t.close());

describe('GET /api/files/:fileId/image', () => {
  it('when the file is private, then it redirects to a short-lived signed URL that the library serves', async () => {
    const unsigned = await fetch(`${privateFile.url}&tr=w-100`);
    expect(unsigned.status).toBe(401);

    const { agent } = await t.signIn('viewer');
    const res = await agent.get(`/api/files/${privateFile.fileId}/image`).query({ tr: 'w-100' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.location!);
    expect(location.searchParams.get('tr')).toBe('w-100');
    expect(location.searchParams.get('ik-s')).toMatch(/^[0-9a-f]{40}$/);
    const expires = Number(location.searchParams.get('ik-t'));
    expect(expires * 1000).toBeGreaterThan(Date.now());
    expect(expires * 1000).toBeLessThan(Date.now() + 15 * 60 * 1000);
    expect(res.headers.location).not.toContain(t.library.privateKey);

    const image = await fetch(location);
    expect(image.status).toBe(200);
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect(meta.width).toBe(100);

    const tampered = new URL(location);
    tampered.searchParams.set('tr', 'w-500');
    expect((await fetch(tampered)).status).toBe(401);
  });

  it('when the file is public, then it redirects to its delivery URL with the transformation', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get(`/api/files/${publicFile.fileId}/image`).query({ tr: 'w-50:h-20' });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${publicFile.url}&tr=w-50:h-20`);
    expect(res.headers.location).not.toContain('ik-s');
  });

  it.each(['w-10;drop', 'w-1 0', 'a'.repeat(301), '<script>'])(
    'when tr is %j, then 400',
    async (tr) => {
      const { agent } = await t.signIn('viewer');
      const res = await agent.get(`/api/files/${publicFile.fileId}/image`).query({ tr });
      expect(res.status).toBe(400);
    },
  );

  it('when not signed in, then 401', async () => {
    const res = await request(t.app).get(`/api/files/${privateFile.fileId}/image`);
    expect(res.status).toBe(401);
  });
});
