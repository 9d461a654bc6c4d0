import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, UnitUpdate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const updateUnit = (id: number, body: UnitUpdate) => api<Unit>(`/units/${id}`, { method: 'PATCH', body });

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UnitUpdate }) => updateUnit(id, body),
    // Also after a 409, so the next attempt starts from the current version.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
