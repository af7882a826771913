import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDetails } from '../../common/file-details.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let file: FileDetails;
beforeAll(async () => {
  t = await createTestApp();
  file = await t.addImage('shoe.jpg', { width: 800, height: 600 }, ['shoe']);
});
afterAll(() => t.close());

const patchPath = (fileId: string) => `/api/files/${fileId}/details`;

describe('GET /api/files', () => {
  it('lists files with paging info', async () => {
    await t.addImage('mug.jpg');
    await t.addImage('bag.jpg');
    const { agent } = await t.signIn('viewer');
    const first = await agent.get('/api/files').query({ limit: 2, sort: 'ASC_NAME' });
    expect(first.status).toBe(200);
    expect(first.body.files.map((f: FileDetails) => f.name)).toEqual(['bag.jpg', 'mug.jpg']);
    expect(first.body).toMatchObject({ skip: 0, limit: 2, hasMore: true });
    const rest = await agent.get('/api/files').query({ limit: 2, skip: 2, sort: 'ASC_NAME' });
    expect(rest.body.files.map((f: FileDetails) => f.name)).toEqual(['shoe.jpg']);
    expect(rest.body.hasMore).toBe(false);
  });

  it('passes searchQuery through', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get('/api/files').query({ searchQuery: 'tags IN ["shoe"]' });
    expect(res.status).toBe(200);
    expect(res.body.files.map((f: FileDetails) => f.fileId)).toEqual([file.fileId]);
  });

  it.each([
    { limit: 0 },
    { limit: 1001 },
    { skip: -1 },
    { sort: 'SIDEWAYS' },
    { bogus: 1 },
    { path: 'no-slash' },
  ])('rejects %j with 400', async (query) => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get('/api/files').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});

describe('GET /api/files/:fileId', () => {
  it('returns ImageKit FileDetails unchanged', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get(`/api/files/${file.fileId}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(await t.stored(file.fileId));
  });

  it('keeps ImageKit 404 and its message', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get('/api/files/doesnotexist123');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('The requested file does not exist.');
  });

  it.each(['a.b', 'x'.repeat(65), '..%2F..%2Fv1%2Ffiles', 'a%20b'])(
    'rejects fileId %j before forwarding',
    async (fileId) => {
      const { agent } = await t.signIn('viewer');
      const res = await agent.get(`/api/files/${fileId}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/fileId/);
    },
  );
});

describe('PATCH /api/files/:fileId/details', () => {
  it('when there is no session, then 401 and nothing changes', async () => {
    const before = await t.stored(file.fileId);
    const res = await request(t.app)
      .patch(patchPath(file.fileId))
      .send({ tags: ['x'] });
    expect(res.status).toBe(401);
    expect(await t.stored(file.fileId)).toEqual(before);
  });

  it('when the CSRF header is missing or wrong, then 403 and nothing changes', async () => {
    const { agent } = await t.signIn('editor');
    const before = await t.stored(file.fileId);
    const missing = await agent.patch(patchPath(file.fileId)).send({ tags: ['x'] });
    const wrong = await agent
      .patch(patchPath(file.fileId))
      .set('X-CSRF-Token', 'not-the-token')
      .send({ tags: ['x'] });
    expect(missing.status).toBe(403);
    expect(wrong.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_failed');
    expect(await t.stored(file.fileId)).toEqual(before);
  });

  it('when a viewer saves, then 403 and nothing changes', async () => {
    const { agent, csrf } = await t.signIn('viewer');
    const before = await t.stored(file.fileId);
    const res = await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .send({ tags: ['x'] });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(await t.stored(file.fileId)).toEqual(before);
  });

  it('when an editor saves tags and a region, then they are forwarded and persisted', async () => {
    const { agent, csrf } = await t.signIn('editor');
    const res = await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .send({ tags: [' summer ', 'Sale'], customCoordinates: '10,20,300,400' });
    expect(res.status).toBe(200);
    expect(res.body.tags).toEqual(['summer', 'Sale']);
    expect(res.body.customCoordinates).toBe('10,20,300,400');
    const stored = await t.stored(file.fileId);
    expect(stored.tags).toEqual(['summer', 'Sale']);
    expect(stored.customCoordinates).toBe('10,20,300,400');
  });

  it('when only tags are sent, then the region is left as it was', async () => {
    const { agent, csrf } = await t.signIn('editor');
    await agent.patch(patchPath(file.fileId)).set(csrf).send({ customCoordinates: '1,2,3,4' });
    const res = await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .send({ tags: ['only-tags'] });
    expect(res.status).toBe(200);
    expect((await t.stored(file.fileId)).customCoordinates).toBe('1,2,3,4');
  });

  it('when null is sent, then tags and region are unset', async () => {
    const { agent, csrf } = await t.signIn('editor');
    await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .send({ tags: ['a'], customCoordinates: '0,0,10,10' });
    const res = await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .send({ tags: null, customCoordinates: null });
    expect(res.status).toBe(200);
    const stored = await t.stored(file.fileId);
    expect(stored.tags).toBeNull();
    expect(stored.customCoordinates).toBeNull();
  });

  it('when the region touches the far corner exactly, then it is accepted', async () => {
    const { agent, csrf } = await t.signIn('editor');
    const res = await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .send({ customCoordinates: '0,0,800,600' });
    expect(res.status).toBe(200);
  });

  it.each([
    {
      name: 'unknown field',
      body: { tags: ['a'], webhookUrl: 'http://evil.example' },
      match: /webhookUrl/,
    },
    { name: 'empty body', body: {}, match: /at least one/ },
    { name: 'tags as a string', body: { tags: 'a,b' }, match: /tags/ },
    { name: 'tag with %', body: { tags: ['50%'] }, match: /%/ },
    { name: 'tag with a comma', body: { tags: ['a,b'] }, match: /,/ },
    { name: 'duplicate tags ignoring case', body: { tags: ['Red', 'red'] }, match: /twice/ },
    { name: 'empty tag', body: { tags: ['  '] }, match: /empty/ },
    {
      name: 'tags over 500 characters',
      body: { tags: ['a'.repeat(300), 'b'.repeat(300)] },
      match: /500/,
    },
    {
      name: 'region not four numbers',
      body: { customCoordinates: '1,2,3' },
      match: /x,y,width,height/,
    },
    {
      name: 'region with negatives',
      body: { customCoordinates: '-1,2,3,4' },
      match: /x,y,width,height/,
    },
    { name: 'region with zero width', body: { customCoordinates: '1,2,0,4' }, match: /at least 1/ },
    {
      name: 'region past the right edge',
      body: { customCoordinates: '700,0,101,10' },
      match: /image width of 800/,
    },
    {
      name: 'region past the bottom edge',
      body: { customCoordinates: '0,500,10,101' },
      match: /image height of 600/,
    },
    { name: 'region as a number', body: { customCoordinates: 5 }, match: /customCoordinates/ },
  ])(
    'when the body has $name, then 400 with a clear message and nothing changes',
    async ({ body, match }) => {
      const { agent, csrf } = await t.signIn('editor');
      const before = await t.stored(file.fileId);
      const res = await agent.patch(patchPath(file.fileId)).set(csrf).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(match);
      expect(await t.stored(file.fileId)).toEqual(before);
    },
  );

  it('when the JSON is broken, then 400', async () => {
    const { agent, csrf } = await t.signIn('editor');
    const res = await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .set('Content-Type', 'application/json')
      .send('{"tags": [');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('when the file does not exist, then ImageKit’s 404 message comes back', async () => {
    const { agent, csrf } = await t.signIn('editor');
    const res = await agent
      .patch(patchPath('doesnotexist123'))
      .set(csrf)
      .send({ tags: ['a'] });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('The requested file does not exist.');
  });
});

describe('GET /api/tags', () => {
  it('lists the vocabulary with counts, including tags saved through us', async () => {
    const other = await t.addImage('cap.jpg', undefined, ['headwear', 'summer']);
    await t.syncCatalog();
    const { agent, csrf } = await t.signIn('editor');
    await agent
      .patch(patchPath(file.fileId))
      .set(csrf)
      .send({ tags: ['summer', 'brand-new'] });
    const res = await agent.get('/api/tags').query({ q: 'su' });
    expect(res.status).toBe(200);
    expect(res.body.tags).toContainEqual({ name: 'summer', count: 2 });
    const fresh = await agent.get('/api/tags').query({ q: 'brand' });
    expect(fresh.body.tags).toEqual([{ name: 'brand-new', count: 1 }]);
    expect(other.tags).toEqual(['headwear', 'summer']);
  });
});

describe('saving on a version that has moved on', () => {
  it('when If-Match names an older version, then 412 edit_conflict and nothing is written', async () => {
    const opened = await t.addImage('shared.jpg');
    const { agent, csrf } = await t.signIn('editor');
    // A colleague saves first.
    const theirs = await agent
      .patch(`/api/files/${opened.fileId}/details`)
      .set(csrf)
      .set('If-Match', `"${opened.updatedAt}"`)
      .send({ tags: ['theirs'] });
    expect(theirs.status).toBe(200);
    const mine = await agent
      .patch(`/api/files/${opened.fileId}/details`)
      .set(csrf)
      .set('If-Match', `"${opened.updatedAt}"`)
      .send({ tags: ['mine'] });
    expect(mine.status).toBe(412);
    expect(mine.body.error.code).toBe('edit_conflict');
    expect(mine.body.error.message).toMatch(/changed by someone else/);
    expect((await t.stored(opened.fileId)).tags).toEqual(['theirs']);

    const retried = await agent
      .patch(`/api/files/${opened.fileId}/details`)
      .set(csrf)
      .set('If-Match', `"${theirs.body.updatedAt}"`)
      .send({ tags: ['theirs', 'mine'] });
    expect(retried.status).toBe(200);
  });

  it.each(['unquoted', '"has space"', `"${'9'.repeat(41)}"`])(
    'when If-Match is %j, then 400',
    async (tag) => {
      const { agent, csrf } = await t.signIn('editor');
      const res = await agent
        .patch(patchPath(file.fileId))
        .set(csrf)
        .set('If-Match', tag)
        .send({ tags: ['x'] });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/If-Match/);
    },
  );
});
