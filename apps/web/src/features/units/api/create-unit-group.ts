import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnitGroup, UnitGroupCreate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const createUnitGroup = (body: UnitGroupCreate) => api<UnitGroup>('/unit-groups', { method: 'POST', body });

export function useCreateUnitGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnitGroup,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: unitKeys.groups() }),
  });
}
