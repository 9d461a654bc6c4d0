import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TaskWithItems } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { taskQueryOptions } from './get-task';
import { taskKeys } from './keys';

export const completeTask = (id: number) => api<TaskWithItems>(`/tasks/${id}/complete`, { method: 'POST' });

export function useCompleteTask(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => completeTask(id),
    onSuccess: (task) => {
      queryClient.setQueryData(taskQueryOptions(id).queryKey, task);
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists() });
    },
  });
}
