import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnitMerge, unitMergeResult } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import type { Infer } from '../../../lib/schema-types';

export type UnitMergeResult = Infer<typeof unitMergeResult>;

export const mergeUnits = (body: UnitMerge) => api<UnitMergeResult>('/unit-events/merge', { method: 'POST', body });

export function useMergeUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeUnits,
    // Open tasks changed hands: every list that shows them is out of date.
    onSettled: () => void queryClient.invalidateQueries(),
  });
}
