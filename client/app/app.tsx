import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createNoticeStore, type NoticeStore } from '../lib/notices.ts';
import { createAppQueryClient } from './app-query-client.ts';
import { NoticeArea } from './notice-area.tsx';
import { appRoutes } from './routes.tsx';
import './app.css';

type Router = ReturnType<typeof createBrowserRouter>;

interface AppProps {
  /** Tests pass a memory router and their own client; the browser gets the defaults. */
  router?: Router;
  queryClient?: QueryClient;
  notices?: NoticeStore;
}

export function App(props: AppProps) {
  const [notices] = useState(() => props.notices ?? createNoticeStore());
  const [queryClient] = useState(() => props.queryClient ?? createAppQueryClient(notices));
  const [router] = useState(() => props.router ?? createBrowserRouter(appRoutes));

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <NoticeArea notices={notices} />
    </QueryClientProvider>
  );
}
