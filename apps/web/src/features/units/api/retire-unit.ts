import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, UnitRetire } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const retireUnit = (id: number, body: UnitRetire) => api<Unit>(`/units/${id}/retire`, { method: 'POST', body });

export function useRetireUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UnitRetire }) => retireUnit(id, body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
