import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FilePosition } from '../../common/api/file-position.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Several real HTTP round trips per test: give a busy machine room.
vi.setConfig({ testTimeout: 20_000 });

// Names in the order the "name" sort gives; the tagged ones are not in "Needs tags".
const NAMES = ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg', 'e.jpg', 'f.jpg', 'g.jpg'];
const TAGGED = new Set(['b.jpg', 'e.jpg']);
const FOLDER = '/loop/';

let t: TestApp;
const idOf: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const name of NAMES) {
    const tags = TAGGED.has(name) ? ['shoe'] : undefined;
    idOf[name] = (await t.addImage(name, undefined, tags, { folder: FOLDER })).fileId;
  }
  await t.addImage('elsewhere.jpg', undefined, undefined, { folder: '/other/' });
  await t.syncCatalog();
}, 60_000);
afterAll(() => t.close());

async function viewer() {
  return (await t.signIn('viewer')).agent;
}

async function position(name: string, query: Record<string, string>) {
  const res = await (await viewer()).get(`/api/files/${idOf[name]}/position`).query(query);
  expect(res.status).toBe(200);
  return res.body as FilePosition;
}

/** Every file from a cursor on, following nextCursor, two at a time. */
async function pagesFrom(query: Record<string, string>, cursor: string): Promise<string[]> {
  const agent = await viewer();
  const names: string[] = [];
  let next: string | null = cursor;
  while (next) {
    const res = await agent.get('/api/files').query({ ...query, limit: '2', cursor: next });
    expect(res.status).toBe(200);
    names.push(...(res.body.files as FileDetails[]).map((f) => f.name));
    next = res.body.nextCursor as string | null;
  }
  return names;
}

const NEEDS_TAGS = { folder: FOLDER, untagged: 'true', sort: 'name' };
const UNTAGGED = NAMES.filter((n) => !TAGGED.has(n));

describe('GET /api/files/:fileId/position', () => {
  it.each(UNTAGGED.map((name, index) => [name, index] as const))(
    'when %s is asked in "Needs tags" by name, then %i files come before it and its neighbours page on either side',
    async (name, index) => {
      const at = await position(name, NEEDS_TAGS);
      expect(at).toMatchObject({ index, total: UNTAGGED.length, inView: true });
      expect(await pagesFrom(NEEDS_TAGS, at.after)).toEqual(UNTAGGED.slice(index + 1));
      const before = { ...NEEDS_TAGS, sort: at.before.sort };
      expect(at.before.sort).toBe('-name');
      expect(await pagesFrom(before, at.before.cursor)).toEqual(UNTAGGED.slice(0, index).reverse());
    },
  );

  it('when the order is descending, then the neighbours follow it', async () => {
    const view = { folder: FOLDER, sort: '-name' };
    const at = await position('d.jpg', view);
    expect(at).toMatchObject({ index: 3, total: NAMES.length, inView: true });
    expect(await pagesFrom(view, at.after)).toEqual(['c.jpg', 'b.jpg', 'a.jpg']);
    expect(at.before.sort).toBe('name');
    const before = { folder: FOLDER, sort: 'name' };
    expect(await pagesFrom(before, at.before.cursor)).toEqual(['e.jpg', 'f.jpg', 'g.jpg']);
  });

  it('when the view is in its default order, then the cursors page it without naming a sort', async () => {
    const at = await position('d.jpg', { folder: FOLDER });
    expect(at.before.sort).toBe('created');
    const after = await pagesFrom({ folder: FOLDER }, at.after);
    const before = await pagesFrom({ folder: FOLDER, sort: 'created' }, at.before.cursor);
    expect(after.length + before.length).toBe(NAMES.length - 1);
    expect([...after, ...before, 'd.jpg'].sort()).toEqual(NAMES);
  });

  it('when a file is not in the view, then it says so and still places it between the others', async () => {
    const at = await position('e.jpg', NEEDS_TAGS);
    expect(at).toMatchObject({ index: 3, total: 5, inView: false });
    expect(await pagesFrom(NEEDS_TAGS, at.after)).toEqual(['f.jpg', 'g.jpg']);
  });

  it('when the file is tagged after its position was taken, then its cursor still leads to the same next files', async () => {
    const at = await position('c.jpg', NEEDS_TAGS);
    const { agent, csrf } = await t.signIn('editor');
    const saved = await agent
      .patch(`/api/files/${idOf['c.jpg']}/details`)
      .set(csrf)
      .send({ tags: ['shoe'] });
    expect(saved.status).toBe(200);
    // The view lost c.jpg; the pages after it are unchanged, and a new look places it outside.
    expect(await pagesFrom(NEEDS_TAGS, at.after)).toEqual(['d.jpg', 'f.jpg', 'g.jpg']);
    expect(await position('c.jpg', NEEDS_TAGS)).toMatchObject({ index: 1, inView: false });
  });

  it('when the file is unknown, the query is not a view, or nobody is signed in, then it refuses', async () => {
    const agent = await viewer();
    const missing = await agent.get('/api/files/no_such_file/position');
    expect(missing.status).toBe(404);
    const bad = await agent.get(`/api/files/${idOf['a.jpg']}/position`).query({ limit: '5' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/limit/);
    const anonymous = await request(t.app).get(`/api/files/${idOf['a.jpg']}/position`);
    expect(anonymous.status).toBe(401);
  });
});
