import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

const signIn = (t: TestApp) =>
  request(t.app)
    .post('/api/session')
    .set('X-Forwarded-Proto', 'https')
    .send({ username: 'viewer', password: TEST_PASSWORD });

describe('session cookie behind a TLS-terminating proxy', () => {
  let behindProxy: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    behindProxy = await createTestApp({ trustProxy: 'loopback' });
    direct = await createTestApp();
  });
  afterAll(async () => {
    await behindProxy.close();
    await direct.close();
  });

  it('when TRUST_PROXY trusts the proxy and it says https, then the cookie is Secure', async () => {
    const res = await signIn(behindProxy);
    expect(res.headers['set-cookie']?.[0]).toContain('; Secure');
  });

  it('when no proxy is trusted, then a forged X-Forwarded-Proto changes nothing', async () => {
    const res = await signIn(direct);
    expect(res.headers['set-cookie']?.[0]).not.toContain('Secure');
  });
});
