import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ItemUpdate, TaskItem } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { taskQueryOptions } from './get-task';
import { taskKeys } from './keys';

export const updateItem = (taskId: number, itemId: number, body: ItemUpdate) =>
  api<TaskItem>(`/tasks/${taskId}/items/${itemId}`, { method: 'PATCH', body });

export function useUpdateItem(taskId: number, itemId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ItemUpdate) => updateItem(taskId, itemId, body),
    onSuccess: (item) => {
      // Put the saved item in place at once; the refetch below brings the task's new totals and state.
      queryClient.setQueryData(taskQueryOptions(taskId).queryKey, (task) =>
        task ? { ...task, items: task.items.map((i) => (i.id === item.id ? item : i)) } : task,
      );
    },
    // Also after a 409: the reload shows what the other person saved.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists() });
    },
  });
}
