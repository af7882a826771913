import { keyOf, pathTo, type FuzzContext } from './fuzz-routes.ts';
import type { FuzzRequest } from './fuzz-request.ts';

/** A route of the local library, as a caller holding its key would use it. */
export interface LibraryRoute {
  name: string;
  method: string;
  /** The path as the library's router declares it, under its `/local` mount. */
  pattern: string;
  /** Delivery is public; every other route wants the key. */
  needsKey: boolean;
  /** A JSON body that would be accepted and would change something. */
  body?: (ctx: FuzzContext) => Record<string, unknown>;
  /** Takes a multipart/form-data upload instead of a JSON body. */
  upload?: boolean;
}

const FILES = '/local/v1/files';
const FIELDS = '/local/v1/customMetadataFields';

export const LIBRARY_ROUTES: readonly LibraryRoute[] = [
  {
    name: 'lib-upload',
    method: 'POST',
    pattern: '/local/api/v1/files/upload',
    needsKey: true,
    upload: true,
  },
  { name: 'lib-list', method: 'GET', pattern: FILES, needsKey: true },
  { name: 'lib-get', method: 'GET', pattern: `${FILES}/:fileId/details`, needsKey: true },
  {
    name: 'lib-patch',
    method: 'PATCH',
    pattern: `${FILES}/:fileId/details`,
    needsKey: true,
    body: () => ({ tags: ['fuzz'], customCoordinates: '1,2,3,4', description: 'fuzzed' }),
  },
  { name: 'lib-delete', method: 'DELETE', pattern: `${FILES}/:fileId`, needsKey: true },
  {
    name: 'lib-add-tags',
    method: 'POST',
    pattern: `${FILES}/addTags`,
    needsKey: true,
    body: (ctx) => ({ fileIds: [ctx.fileId], tags: ['fuzz'] }),
  },
  {
    name: 'lib-remove-tags',
    method: 'POST',
    pattern: `${FILES}/removeTags`,
    needsKey: true,
    body: (ctx) => ({ fileIds: [ctx.fileId], tags: ['original'] }),
  },
  {
    name: 'lib-remove-ai-tags',
    method: 'POST',
    pattern: `${FILES}/removeAITags`,
    needsKey: true,
    body: (ctx) => ({ fileIds: [ctx.fileId], AITags: ['Shoe'] }),
  },
  {
    name: 'lib-bulk-delete',
    method: 'POST',
    pattern: `${FILES}/batch/deleteByFileIds`,
    needsKey: true,
    body: (ctx) => ({ fileIds: [ctx.fileId] }),
  },
  { name: 'lib-fields', method: 'GET', pattern: FIELDS, needsKey: true },
  {
    name: 'lib-field-create',
    method: 'POST',
    pattern: FIELDS,
    needsKey: true,
    body: () => ({ name: 'fuzzField', label: 'Fuzz field', schema: { type: 'Text' } }),
  },
  {
    name: 'lib-field-update',
    method: 'PATCH',
    pattern: `${FIELDS}/:id`,
    needsKey: true,
    body: () => ({ label: 'Renamed by fuzz' }),
  },
  { name: 'lib-field-delete', method: 'DELETE', pattern: `${FIELDS}/:id`, needsKey: true },
  { name: 'delivery', method: 'GET', pattern: '/local/media/{*filePath}', needsKey: false },
];

export const libraryRoute = (name: string): LibraryRoute =>
  LIBRARY_ROUTES.find((r) => r.name === name)!;

export const JSON_BODY_ROUTES = LIBRARY_ROUTES.filter((r) => r.body);

const BOUNDARY = 'fuzz-boundary-7f3a';

/**
 * A multipart/form-data body; a field given as bytes is sent as a file part, named by the
 * entry's third element if it has one (sent as is, paths included).
 */
export function multipart(
  fields: Record<string, string | Buffer> | Array<[string, string | Buffer, string?]>,
): { body: Buffer; contentType: string } {
  const entries: Array<[string, string | Buffer, string?]> = Array.isArray(fields)
    ? fields
    : Object.entries(fields);
  const parts = entries.map(([name, value, filename = `${name}.jpg`]) => {
    const disposition =
      typeof value === 'string'
        ? `form-data; name="${name}"`
        : `form-data; name="${name}"; filename="${filename}"\r\nContent-Type: image/jpeg`;
    return Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n\r\n`),
      Buffer.from(value),
      Buffer.from('\r\n'),
    ]);
  });
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  };
}

/**
 * A request on a library route as a correct caller would send it (its key, a JSON body of the
 * right type), with the given parts replaced. `names` is what the refusal must mention.
 */
export function libraryRequest(
  route: LibraryRoute,
  ctx: FuzzContext,
  parts: {
    family: string;
    label: string;
    expected: number[];
    names: RegExp;
    body?: string | Buffer;
    path?: string;
    query?: string;
    headers?: Record<string, string>;
  },
): FuzzRequest {
  const body = parts.body ?? (route.body ? JSON.stringify(route.body(ctx)) : undefined);
  const headers: Record<string, string> = {
    ...(route.needsKey ? { authorization: ctx.library.authorization } : {}),
    ...(body !== undefined && !route.upload ? { 'content-type': 'application/json' } : {}),
    ...parts.headers,
  };
  return {
    family: parts.family,
    label: `${route.name}: ${parts.label}`,
    target: 'library',
    route: keyOf(route),
    method: route.method,
    path: (parts.path ?? pathTo(route, ctx)) + (parts.query ? `?${parts.query}` : ''),
    headers,
    body,
    expected: parts.expected,
    names: parts.names,
  };
}
