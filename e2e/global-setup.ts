import { request, type FullConfig } from '@playwright/test';
import { E2E_ADMIN } from './e2e-env.ts';

/**
 * The catalog's first pass runs in the background once the server answers: wait for one full
 * pass before any test, so that every test starts from the whole sample library.
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
