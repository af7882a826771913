import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { TEST_DATABASE_KIND } from '../testing/test-database.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('answers without a session and names the library and the database', async () => {
    const res = await request(t.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', library: 'imagekit', database: TEST_DATABASE_KIND });
  });

  // Starts a test app of its own: seconds on a busy machine.
  it(
    'when the database does not answer, then 503, so a load balancer sends requests elsewhere',
    {
      timeout: 30_000,
    },
    async () => {
      const broken = await createTestApp();
      try {
        await broken.db.destroy();
        const res = await request(broken.app).get('/api/health');
        expect(res.status).toBe(503);
        expect(res.body).toEqual({
          status: 'unavailable',
          library: 'imagekit',
          database: TEST_DATABASE_KIND,
        });
      } finally {
        await broken.close();
      }
    },
  );
});

describe('sign-in', () => {
  it('when the credentials are right, then it sets an HttpOnly SameSite=Strict cookie and returns a CSRF token', async () => {
    const res = await request(t.app)
      .post('/api/session')
      .send({ username: 'editor', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ username: 'editor', role: 'editor' });
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^tagcrop_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('when the password is wrong or the user unknown, then both get the same 401', async () => {
    const wrong = await request(t.app)
      .post('/api/session')
      .send({ username: 'editor', password: 'nope-nope' });
    const unknown = await request(t.app)
      .post('/api/session')
      .send({ username: 'ghost', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('unauthenticated');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('when the body is malformed, then 400 says what is wrong', async () => {
    const res = await request(t.app).post('/api/session').send({ username: 'editor' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/password/);
  });
});

describe('the session', () => {
  it('when there is no cookie, then GET /api/session and every data route answer 401', async () => {
    for (const path of ['/api/session', '/api/files', '/api/files/abc', '/api/tags']) {
      const res = await request(t.app).get(path);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
  });

  it('when the cookie is garbage, then it counts as signed out', async () => {
    const res = await request(t.app)
      .get('/api/session')
      .set('Cookie', 'tagcrop_session=forged; x=%%%');
    expect(res.status).toBe(401);
  });

  it('when signed in, then GET returns the user and the same CSRF token', async () => {
    const { agent, csrf } = await t.signIn('viewer');
    const res = await agent.get('/api/session');
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ username: 'viewer', role: 'viewer' });
    expect(res.body.csrfToken).toBe(Object.values(csrf)[0]);
  });

  it('when signing out without the CSRF header, then 403 and the session lives on', async () => {
    const { agent } = await t.signIn('viewer');
    expect((await agent.delete('/api/session')).status).toBe(403);
    expect((await agent.get('/api/session')).status).toBe(200);
  });

  it('when signing out with the CSRF header, then the session is gone', async () => {
    const { agent, csrf } = await t.signIn('viewer');
    expect((await agent.delete('/api/session').set(csrf)).status).toBe(204);
    expect((await agent.get('/api/session')).status).toBe(401);
  });

  it('when an unknown API path is asked, then 404 comes in the envelope', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('sign-in throttling', () => {
  it('when an account has failed too often, then even the right password gets 429 with Retry-After', async () => {
    await t.auth.createUser('target', TEST_PASSWORD, 'viewer');
    for (let i = 0; i < 5; i++) {
      const res = await request(t.app)
        .post('/api/session')
        .send({ username: 'target', password: 'guess-' + i });
      expect(res.status).toBe(401);
    }
    const res = await request(t.app)
      .post('/api/session')
      .send({ username: 'target', password: TEST_PASSWORD });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error.code).toBe('rate_limited');
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
