import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './keys';

export const deleteDirective = (id: number) => api<void>(`/directives/${id}`, { method: 'DELETE' });

export function useDeleteDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDirective,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: directiveKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: directiveKeys.lists() });
    },
  });
}
