import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { viewKeys } from './view-keys.ts';

export function deleteView(id: number): Promise<void> {
  return apiRequest<void>(`/api/views/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewKeys.all }),
  });
}
