import type { RouteObject } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { RequireSession } from './require-session.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { RouteFallback } from './route-fallback.tsx';
import { LibraryPage } from './routes/library-page.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { SignInPage } from './routes/sign-in-page.tsx';

export const appRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    HydrateFallback: RouteFallback,
    children: [
      {
        index: true,
        element: (
          <>
            <PageTitle title="Library" />
            <LibraryPage />
          </>
        ),
      },
      {
        path: 'files/:fileId',
        // The editor brings react-image-crop and react-select; the library does not need them.
        lazy: async () => ({
          Component: (await import('./routes/file-editor-page.tsx')).FileEditorPage,
        }),
      },
      {
        path: 'tags',
        // Renaming tags brings the bulk run and its dialogs; the library does not need them.
        lazy: async () => ({
          Component: (await import('./routes/tags-page.tsx')).TagsPage,
        }),
      },
      {
        path: 'activity',
        lazy: async () => ({
          Component: (await import('./routes/activity-page.tsx')).ActivityPage,
        }),
      },
      {
        path: 'admin/users',
        // Only admins use it; nobody else downloads it.
        lazy: async () => ({
          Component: (await import('./routes/users-page.tsx')).UsersPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
