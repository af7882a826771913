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
  library: LibraryContext;
}

/** What a caller of the local library holds: its key, and names of things it has. */
export interface LibraryContext {
  /** `Authorization` with the library's own key: every API call carries it unless fuzzed. */
  authorization: string;
  /** Delivery path of the file `fileId`, e.g. `/test/fuzz-target.jpg`. */
  filePath: string;
  /** An existing Text custom metadata field (`fuzzNote`, at most 20 characters). */
  fieldId: string;
}

export type Access = 'anyone' | 'signed-in' | Role;

export interface ApiRoute {
  name: string;
  method: string;
  /** The path as the router declares it; with `method`, what route discovery finds. */
  pattern: string;
  access: Access;
  /**
   * A body that would be accepted and would change something: mutating it must make the request
   * fail, and a wrongly accepted mutation shows up as a changed file or user.
   */
  body?: (ctx: FuzzContext) => Record<string, unknown>;
  /** Every field of the body is optional, so no body (or `{}`) is a valid request. */
  emptyBodyAccepted?: boolean;
  /** Query parameters are validated (strictly) on this route. */
  hasQuerySchema: boolean;
  bodyLimitBytes: number;
}

const LIMIT = 64 * 1024;
const BULK_LIMIT = 1024 * 1024;

const DECLARED: Array<Omit<ApiRoute, 'hasQuerySchema' | 'bodyLimitBytes'>> = [
  { name: 'health', method: 'GET', pattern: '/api/health', access: 'anyone' },
  {
    name: 'sign-in',
    method: 'POST',
    pattern: '/api/session',
    access: 'anyone',
    body: () => ({ username: 'editor', password: TEST_PASSWORD }),
  },
  { name: 'session', method: 'GET', pattern: '/api/session', access: 'signed-in' },
  { name: 'sign-out', method: 'DELETE', pattern: '/api/session', access: 'signed-in' },
  {
    name: 'sign-out-everywhere',
    method: 'POST',
    pattern: '/api/session/sign-out-everywhere',
    access: 'signed-in',
  },
  {
    name: 'password',
    method: 'PUT',
    pattern: '/api/session/password',
    access: 'signed-in',
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' }),
  },
  { name: 'users-list', method: 'GET', pattern: '/api/users', access: 'admin' },
  {
    name: 'users-create',
    method: 'POST',
    pattern: '/api/users',
    access: 'admin',
    body: () => ({ username: 'fuzz-user', password: 'fuzz-password-1', role: 'admin' }),
  },
  {
    name: 'users-update',
    method: 'PATCH',
    pattern: '/api/users/:username',
    access: 'admin',
    body: () => ({ role: 'admin' }),
  },
  { name: 'users-delete', method: 'DELETE', pattern: '/api/users/:username', access: 'admin' },
  {
    name: 'users-sign-out',
    method: 'POST',
    pattern: '/api/users/:username/sign-out-everywhere',
    access: 'admin',
  },
  { name: 'files-list', method: 'GET', pattern: '/api/files', access: 'viewer' },
  // Multipart, so no JSON body here: its bodies are fuzzed in upload-cases.ts.
  { name: 'files-upload', method: 'POST', pattern: '/api/files', access: 'editor' },
  { name: 'file-get', method: 'GET', pattern: '/api/files/:fileId', access: 'viewer' },
  { name: 'file-image', method: 'GET', pattern: '/api/files/:fileId/image', access: 'viewer' },
  {
    name: 'suggested-region',
    method: 'GET',
    pattern: '/api/files/:fileId/suggested-region',
    access: 'viewer',
  },
  {
    name: 'file-position',
    method: 'GET',
    pattern: '/api/files/:fileId/position',
    access: 'viewer',
  },
  {
    name: 'file-patch',
    method: 'PATCH',
    pattern: '/api/files/:fileId/details',
    access: 'editor',
    body: () => ({ tags: ['fuzz-tag'], customCoordinates: '1,2,3,4' }),
  },
  {
    name: 'bulk-tags',
    method: 'POST',
    pattern: '/api/bulk/tags',
    access: 'editor',
    body: (ctx) => ({ fileIds: [ctx.fileId], add: ['fuzz-bulk'] }),
  },
  { name: 'tags', method: 'GET', pattern: '/api/tags', access: 'viewer' },
  { name: 'tags-top', method: 'GET', pattern: '/api/tags/top', access: 'viewer' },
  {
    name: 'tags-rewrite',
    method: 'POST',
    pattern: '/api/tags/rewrite',
    access: 'editor',
    body: () => ({ action: 'rename', from: 'fuzz-from', to: 'fuzz-to' }),
  },
  {
    name: 'file-history',
    method: 'GET',
    pattern: '/api/files/:fileId/history',
    access: 'viewer',
  },
  {
    name: 'history-revert',
    method: 'POST',
    pattern: '/api/history/:entryId/revert',
    access: 'editor',
  },
  { name: 'runs-list', method: 'GET', pattern: '/api/runs', access: 'viewer' },
  { name: 'run-get', method: 'GET', pattern: '/api/runs/:runId', access: 'viewer' },
  { name: 'run-cancel', method: 'POST', pattern: '/api/runs/:runId/cancel', access: 'editor' },
  { name: 'run-undo', method: 'POST', pattern: '/api/runs/:runId/undo', access: 'editor' },
  { name: 'catalog', method: 'GET', pattern: '/api/catalog', access: 'viewer' },
  {
    name: 'catalog-sync',
    method: 'POST',
    pattern: '/api/catalog/sync',
    access: 'admin',
    body: () => ({ full: true }),
    emptyBodyAccepted: true,
  },
  { name: 'folders', method: 'GET', pattern: '/api/folders', access: 'viewer' },
  { name: 'views-list', method: 'GET', pattern: '/api/views', access: 'viewer' },
  {
    name: 'views-save',
    method: 'POST',
    pattern: '/api/views',
    access: 'viewer',
    body: () => ({ name: 'Fuzz view', query: { untagged: true, sort: 'name' } }),
  },
  { name: 'views-delete', method: 'DELETE', pattern: '/api/views/:viewId', access: 'viewer' },
];

// Health ignores query parameters; every other route refuses the ones it does not take.
const WITHOUT_QUERY_SCHEMA = ['health'];

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

/** `PATCH /api/files/:fileId/details`: how a route is named in the route table. */
export const keyOf = (route: { method: string; pattern: string }) =>
  `${route.method} ${route.pattern}`;

export const NO_SUCH_RUN = '00000000-0000-4000-8000-000000000000';

/** A route's path for this run: the file, user, field and image the suite aims at filled in. */
export function pathTo(route: { pattern: string }, ctx: FuzzContext): string {
  return (
    route.pattern
      .replace(':fileId', ctx.fileId)
      .replace(':username', 'viewer')
      // No such view: a well-formed request would answer 404, so the suite sees it was not misread.
      .replace(':viewId', '999999')
      // No such run or journal entry either: well-formed, they would answer 404.
      .replace(':runId', NO_SUCH_RUN)
      .replace(':entryId', '999999')
      .replace(':id', ctx.library.fieldId)
      .replace('/{*filePath}', ctx.library.filePath)
  );
}
