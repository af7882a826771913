import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { SaveView, SavedView } from '../../../common/api/views.ts';
import { viewKeys } from './view-keys.ts';

/** Saves `query` under `name` (a name the user already has is replaced). */
export function saveView(view: SaveView): Promise<SavedView> {
  return apiRequest<SavedView>('/api/views', { method: 'POST', body: view });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveView,
    // The form shows the server's reason next to the name field.
    meta: { errorNotice: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewKeys.all }),
  });
}
