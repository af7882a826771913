import type { FileSort } from '../../common/api/file-query.ts';
import type {
  FileList,
  ImageKitListParams,
  PassThroughQuery,
} from '../../common/api/list-files.ts';
import { validationFailed } from '../errors.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';

const IMAGEKIT_MAX_LIMIT = 1000;

const IMAGEKIT_SORT: Record<FileSort, NonNullable<ImageKitListParams['sort']>> = {
  name: 'ASC_NAME',
  '-name': 'DESC_NAME',
  created: 'ASC_CREATED',
  '-created': 'DESC_CREATED',
  updated: 'ASC_UPDATED',
  '-updated': 'DESC_UPDATED',
};

const imageKitSort = (sort: NonNullable<PassThroughQuery['sort']>) =>
  sort in IMAGEKIT_SORT
    ? IMAGEKIT_SORT[sort as FileSort]
    : (sort as NonNullable<ImageKitListParams['sort']>);

/** The pass-through form pages by offset; its cursor is that offset, opaque like the catalog's. */
export const encodeSkipCursor = (skip: number) =>
  Buffer.from(JSON.stringify(['skip', skip])).toString('base64url');

export function decodeSkipCursor(cursor: string): number {
  try {
    const [kind, skip] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (kind === 'skip' && Number.isSafeInteger(skip) && (skip as number) >= 0)
      return skip as number;
  } catch {
    // reported below
  }
  const why = 'cursor: not a cursor from an earlier searchQuery answer';
  throw validationFailed(`Invalid query: ${why}`, [why]);
}

/**
 * `GET /api/files` in ImageKit's terms (`searchQuery` and friends): one page straight from
 * ImageKit, fresh, with no total (ImageKit cannot count). One file more than asked is requested
 * where ImageKit allows, to know whether another page follows.
 */
export async function listPassThrough(
  imagekit: ImageKitGateway,
  query: PassThroughQuery,
): Promise<FileList> {
  const { limit, skip: skipParam, cursor, sort, ...filters } = query;
  if (skipParam !== undefined && cursor !== undefined) {
    throw validationFailed('Invalid query: give skip or cursor, not both.', ['skip', 'cursor']);
  }
  const skip = skipParam ?? (cursor ? decodeSkipCursor(cursor) : 0);
  const probe = Math.min(limit + 1, IMAGEKIT_MAX_LIMIT);
  const files = await imagekit.listFiles({
    ...filters,
    ...(sort && { sort: imageKitSort(sort) }),
    limit: probe,
    skip,
  });
  const hasMore = files.length > limit || (probe === limit && files.length === limit);
  const page = files.slice(0, limit);
  return {
    files: page,
    total: null,
    nextCursor: hasMore ? encodeSkipCursor(skip + limit) : null,
    skip,
    limit,
    hasMore,
  };
}
