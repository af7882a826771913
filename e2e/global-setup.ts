import { request, type FullConfig } from '@playwright/test';
import { E2E_ADMIN } from './e2e-env.ts';

/**
 * The catalog's first pass runs while the embedded library may still be starting, and then only
 * retries on its timer: sync once before any test, so every test starts from the full sample.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  const api = await request.newContext({ baseURL });
  const session = await api.post('/api/session', { data: E2E_ADMIN });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const sync = await api.post('/api/catalog/sync', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { full: true },
  });
  if (!sync.ok()) throw new Error(`catalog sync failed: ${sync.status()} ${await sync.text()}`);
  await api.dispose();
}
