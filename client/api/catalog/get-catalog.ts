import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CatalogStatus } from '../../../common/api/catalog.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { catalogKeys } from './catalog-keys.ts';

/** `GET /api/catalog`: how complete the catalog is, and the library's counts. */
export function getCatalog(signal?: AbortSignal): Promise<CatalogStatus> {
  return apiRequest<CatalogStatus>('/api/catalog', { signal });
}

/** While the first sync runs, the counts grow; ask again until it is done. */
const SYNCING_POLL_MS = 3000;

export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.all,
    // The library works without them; the panel that shows them says when they failed.
    meta: { errorNotice: false },
    queryFn: ({ signal }) => getCatalog(signal),
    refetchInterval: (query) => (query.state.data?.status === 'syncing' ? SYNCING_POLL_MS : false),
  });

export function useCatalog() {
  return useQuery(catalogQueryOptions());
}
