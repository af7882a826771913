import { ROLES, type Role } from '../../../common/api/session.ts';
import { TEST_PASSWORD } from '../test-app.ts';
import type { RawSession } from '../served-app.ts';

export interface FuzzContext {
  /** An existing 800×600 image. */
  fileId: string;
  sessions: Record<Role, RawSession>;
  /** A second session of the editor: its token must not work with the editor's cookie. */
  otherEditor: RawSession;
  /** The cookie of a session that has been signed out. */
  endedCookie: string;
  /** The app's own origin, as a browser on the page would send it. */
  origin: string;
}

export type Access = 'anyone' | 'signed-in' | Role;

export interface ApiRoute {
  name: string;
  method: string;
  path: (ctx: FuzzContext) => string;
  access: Access;
  /**
   * A body that would be accepted and would change something: mutating it must make the request
   * fail, and a wrongly accepted mutation shows up as a changed file or user.
   */
  body?: (ctx: FuzzContext) => Record<string, unknown>;
  /** Query parameters are validated (strictly) on this route. */
  hasQuerySchema: boolean;
  bodyLimitBytes: number;
}

const LIMIT = 64 * 1024;
const BULK_LIMIT = 1024 * 1024;
const file = (ctx: FuzzContext) => `/api/files/${ctx.fileId}`;

const DECLARED: Array<Omit<ApiRoute, 'hasQuerySchema' | 'bodyLimitBytes'>> = [
  {
    name: 'sign-in',
    method: 'POST',
    path: () => '/api/session',
    access: 'anyone',
    body: () => ({ username: 'editor', password: TEST_PASSWORD }),
  },
  { name: 'session', method: 'GET', path: () => '/api/session', access: 'signed-in' },
  { name: 'sign-out', method: 'DELETE', path: () => '/api/session', access: 'signed-in' },
  {
    name: 'sign-out-everywhere',
    method: 'POST',
    path: () => '/api/session/sign-out-everywhere',
    access: 'signed-in',
  },
  {
    name: 'password',
    method: 'PUT',
    path: () => '/api/session/password',
    access: 'signed-in',
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' }),
  },
  { name: 'users-list', method: 'GET', path: () => '/api/users', access: 'admin' },
  {
    name: 'users-create',
    method: 'POST',
    path: () => '/api/users',
    access: 'admin',
    body: () => ({ username: 'fuzz-user', password: 'fuzz-password-1', role: 'admin' }),
  },
  {
    name: 'users-update',
    method: 'PATCH',
    path: () => '/api/users/viewer',
    access: 'admin',
    body: () => ({ role: 'admin' }),
  },
  { name: 'users-delete', method: 'DELETE', path: () => '/api/users/viewer', access: 'admin' },
  {
    name: 'users-sign-out',
    method: 'POST',
    path: () => '/api/users/viewer/sign-out-everywhere',
    access: 'admin',
  },
  { name: 'files-list', method: 'GET', path: () => '/api/files', access: 'viewer' },
  { name: 'file-get', method: 'GET', path: file, access: 'viewer' },
  { name: 'file-image', method: 'GET', path: (ctx) => `${file(ctx)}/image`, access: 'viewer' },
  {
    name: 'file-patch',
    method: 'PATCH',
    path: (ctx) => `${file(ctx)}/details`,
    access: 'editor',
    body: () => ({ tags: ['fuzz-tag'], customCoordinates: '1,2,3,4' }),
  },
  {
    name: 'bulk-tags',
    method: 'POST',
    path: () => '/api/bulk/tags',
    access: 'editor',
    body: (ctx) => ({ fileIds: [ctx.fileId], add: ['fuzz-bulk'] }),
  },
  { name: 'tags', method: 'GET', path: () => '/api/tags', access: 'viewer' },
  { name: 'catalog', method: 'GET', path: () => '/api/catalog', access: 'viewer' },
  { name: 'catalog-sync', method: 'POST', path: () => '/api/catalog/sync', access: 'admin' },
  { name: 'folders', method: 'GET', path: () => '/api/folders', access: 'viewer' },
  { name: 'views-list', method: 'GET', path: () => '/api/views', access: 'viewer' },
  { name: 'views-save', method: 'POST', path: () => '/api/views', access: 'viewer' },
  { name: 'views-delete', method: 'DELETE', path: () => '/api/views/1', access: 'viewer' },
];

// The files routes other than the list, image and tags ignore query parameters.
const WITHOUT_QUERY_SCHEMA = ['file-get', 'file-patch', 'bulk-tags'];

export const ROUTES: readonly ApiRoute[] = DECLARED.map((r) => ({
  ...r,
  hasQuerySchema: !WITHOUT_QUERY_SCHEMA.includes(r.name),
  bodyLimitBytes: r.name === 'bulk-tags' ? BULK_LIMIT : LIMIT,
}));

export const isMutating = (route: ApiRoute) => !['GET', 'HEAD'].includes(route.method);

/** The roles whose session may call a route. */
export function rolesAllowed(access: Access): Role[] {
  if (access === 'anyone' || access === 'signed-in') return [...ROLES];
  return ROLES.slice(ROLES.indexOf(access));
}

export const routeNamed = (name: string): ApiRoute => ROUTES.find((r) => r.name === name)!;
