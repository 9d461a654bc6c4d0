import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnitGroup, UnitGroupUpdate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const updateUnitGroup = (id: number, body: UnitGroupUpdate) =>
  api<UnitGroup>(`/unit-groups/${id}`, { method: 'PATCH', body });

export function useUpdateUnitGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UnitGroupUpdate }) => updateUnitGroup(id, body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: unitKeys.groups() }),
  });
}
