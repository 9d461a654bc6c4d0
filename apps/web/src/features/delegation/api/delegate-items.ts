import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DelegateInput, DelegateResult } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { taskKeys } from '../../tasks/api/keys';
import { delegationKeys } from './keys';
import { subtasksQueryOptions } from './get-subtasks';

export const delegateItems = (taskId: number, input: DelegateInput) =>
  api<DelegateResult>(`/tasks/${taskId}/delegate`, { method: 'POST', body: input });

export function useDelegateItems(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DelegateInput) => delegateItems(taskId, input),
    onSuccess: (result) => {
      queryClient.setQueryData(subtasksQueryOptions(taskId).queryKey, result.rollup);
      void queryClient.invalidateQueries({ queryKey: delegationKeys.targets(taskId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists() });
    },
  });
}
