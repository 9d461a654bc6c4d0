import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, UnitRename } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';

export const renameUnit = (id: number, body: UnitRename) => api<Unit>(`/units/${id}/rename`, { method: 'POST', body });

export function useRenameUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UnitRename }) => renameUnit(id, body),
    // Task lists, directive task tables and the dashboard all show the unit's name.
    onSettled: () => void queryClient.invalidateQueries(),
  });
}
