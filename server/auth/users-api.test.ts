import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

// Some tests hash six passwords (scrypt, deliberately slow); with the SQLite and PostgreSQL runs
// sharing two cores, that can pass vitest's 5 s default.
vi.setConfig({ testTimeout: 15_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('user management', () => {
  it('when an editor asks for users, then 403', async () => {
    const { agent } = await t.signIn('editor');
    expect((await agent.get('/api/users')).status).toBe(403);
  });

  it('when an admin adds, promotes and removes a user, then each step takes effect', async () => {
    const { agent, csrf } = await t.signIn('admin');
    const created = await agent
      .post('/api/users')
      .set(csrf)
      .send({ username: 'newbie', password: 'newbie-password', role: 'viewer' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'newbie', role: 'viewer' });
    expect(created.body).not.toHaveProperty('passwordHash');

    const promoted = await agent.patch('/api/users/newbie').set(csrf).send({ role: 'editor' });
    expect(promoted.body.role).toBe('editor');

    const list = await agent.get('/api/users');
    expect(list.body.users.map((u: { username: string }) => u.username)).toContain('newbie');
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt/);

    expect((await agent.delete('/api/users/newbie').set(csrf)).status).toBe(204);
    expect((await agent.delete('/api/users/newbie').set(csrf)).status).toBe(404);
  });

  it.each([
    [{ username: 'bad name', password: 'long-enough', role: 'viewer' }, /user name/],
    [{ username: 'ok', password: 'short', role: 'viewer' }, /at least 8/],
    [{ username: 'ok', password: 'long-enough', role: 'root' }, /role/],
    [{ username: 'editor', password: 'long-enough', role: 'viewer' }, /already exists/],
  ])('when creating %j, then 400', async (body, message) => {
    const { agent, csrf } = await t.signIn('admin');
    const res = await agent.post('/api/users').set(csrf).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('when the last admin would be demoted or removed, then 400 and nothing changes', async () => {
    const { agent, csrf } = await t.signIn('admin');
    const demote = await agent.patch('/api/users/admin').set(csrf).send({ role: 'editor' });
    expect(demote.status).toBe(400);
    expect(demote.body.error.message).toMatch(/last admin/);
    expect((await agent.delete('/api/users/admin').set(csrf)).status).toBe(400);
    expect((await agent.get('/api/session')).body.user.role).toBe('admin');
  });

  it('when an admin resets a password, then that user’s sessions end', async () => {
    await t.auth.createUser('victim', TEST_PASSWORD, 'editor');
    const victim = request.agent(t.app);
    await victim.post('/api/session').send({ username: 'victim', password: TEST_PASSWORD });
    expect((await victim.get('/api/session')).status).toBe(200);
    const { agent, csrf } = await t.signIn('admin');
    await agent.patch('/api/users/victim').set(csrf).send({ password: 'brand-new-password' });
    expect((await victim.get('/api/session')).status).toBe(401);
  });
});

describe('a user’s own sessions', () => {
  it('when signing out everywhere, then every session of that user ends', async () => {
    const first = await t.signIn('viewer');
    const second = await t.signIn('viewer');
    const res = await first.agent.post('/api/session/sign-out-everywhere').set(first.csrf);
    expect(res.status).toBe(204);
    expect((await first.agent.get('/api/session')).status).toBe(401);
    expect((await second.agent.get('/api/session')).status).toBe(401);
  });

  it('when changing the own password, then other sessions end and this one continues', async () => {
    await t.auth.createUser('changer', TEST_PASSWORD, 'viewer');
    const other = request.agent(t.app);
    await other.post('/api/session').send({ username: 'changer', password: TEST_PASSWORD });
    const me = request.agent(t.app);
    const signIn = await me
      .post('/api/session')
      .send({ username: 'changer', password: TEST_PASSWORD });
    const csrf = { 'X-CSRF-Token': signIn.body.csrfToken as string };

    const wrong = await me
      .put('/api/session/password')
      .set(csrf)
      .send({ currentPassword: 'not-it', newPassword: 'another-password' });
    expect(wrong.status).toBe(400);

    const res = await me
      .put('/api/session/password')
      .set(csrf)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'another-password' });
    expect(res.status).toBe(200);
    expect(res.body.csrfToken).not.toBe(signIn.body.csrfToken);
    expect((await me.get('/api/session')).status).toBe(200);
    expect((await other.get('/api/session')).status).toBe(401);
  });
});

describe('cross-site protection', () => {
  it('when a state-changing request comes from another origin, then 403 even with the token', async () => {
    const { agent, csrf } = await t.signIn('admin');
    const res = await agent
      .post('/api/users')
      .set(csrf)
      .set('Origin', 'https://evil.example')
      .send({ username: 'x1', password: 'long-enough', role: 'viewer' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });

  it('when sign-in is posted cross-site, then 403 (no login CSRF)', async () => {
    const res = await request(t.app)
      .post('/api/session')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ username: 'viewer', password: TEST_PASSWORD });
    expect(res.status).toBe(403);
  });

  it('when the Origin is our own, then the request goes through', async () => {
    const res = await request(t.app)
      .post('/api/session')
      .set('Host', 'tagcrop.test')
      .set('Origin', 'http://tagcrop.test')
      .send({ username: 'viewer', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
  });
});
