import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Several real HTTP round trips per test: give a busy machine room.
vi.setConfig({ testTimeout: 20_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function as(role: 'viewer' | 'editor' | 'admin') {
  const { agent, csrf } = await t.signIn(role);
  return {
    list: () => agent.get('/api/views'),
    save: (body: unknown) =>
      agent
        .post('/api/views')
        .set(csrf)
        .send(body as object),
    remove: (id: number | string) => agent.delete(`/api/views/${id}`).set(csrf),
  };
}

describe('saved views', () => {
  it('when a view is saved, then it comes back in its owner’s list with the query as parsed', async () => {
    const viewer = await as('viewer');
    const saved = await viewer.save({
      name: ' Needs tags ',
      query: { untagged: 'true', folder: '/products/shoes', tags: 'red, sale', sort: '-updated' },
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toEqual({
      id: expect.any(Number),
      name: 'Needs tags',
      query: {
        untagged: true,
        folder: '/products/shoes/',
        tags: ['red', 'sale'],
        sort: '-updated',
      },
    });
    expect((await viewer.list()).body.views).toEqual([saved.body]);
    expect((await (await as('editor')).list()).body.views).toEqual([]);
  });

  it('when a view is saved again under the same name in another case, then its query is replaced', async () => {
    const editor = await as('editor');
    const first = await editor.save({ name: 'Shoes', query: { folder: '/shoes/' } });
    const second = await editor.save({ name: 'SHOES', query: { region: 'none' } });
    expect(second.body.id).toBe(first.body.id);
    expect((await editor.list()).body.views).toEqual([
      { id: first.body.id, name: 'SHOES', query: { region: 'none' } },
    ]);
  });

  it('when a view is deleted by its owner, then it is gone; another user gets 404', async () => {
    const admin = await as('admin');
    const { body } = await admin.save({ name: 'Mine', query: {} });
    expect((await (await as('editor')).remove(body.id)).status).toBe(404);
    expect((await admin.remove(body.id)).status).toBe(204);
    expect((await admin.remove(body.id)).status).toBe(404);
  });

  it.each([
    [{ name: '', query: {} }, /name/],
    [{ name: 'x' }, /query/],
    [{ name: 'x', query: { region: 'maybe' } }, /query\.region/],
    [{ name: 'x', query: { limit: 5 } }, /limit/],
    [{ name: 'x', query: {}, extra: 1 }, /extra/],
  ])('when the body is %j, then 400 naming the field', async (body, field) => {
    const res = await (await as('viewer')).save(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(field);
  });

  it.each(['abc', '0', '1.5', '-1'])('when the id is %j, then 400', async (id) => {
    expect((await (await as('viewer')).remove(id)).status).toBe(400);
  });
});
