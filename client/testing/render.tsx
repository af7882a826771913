import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/app.tsx';
import { createAppQueryClient } from '../app/app-query-client.ts';
import { appRoutes } from '../app/routes.tsx';
import { createNoticeStore } from '../lib/notices.ts';

/** A fresh client per test: no retries, so failures show at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

export function renderWithQuery(ui: ReactElement) {
  const queryClient = createTestQueryClient();
  return {
    queryClient,
    ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>),
  };
}

/** The whole app (providers, session guard, routes) at `path`, as a browser would open it. */
export function renderApp(path: string) {
  const notices = createNoticeStore();
  const queryClient = createAppQueryClient(notices, { retry: false });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  return {
    router,
    queryClient,
    notices,
    ...render(<App router={router} queryClient={queryClient} notices={notices} />),
  };
}
