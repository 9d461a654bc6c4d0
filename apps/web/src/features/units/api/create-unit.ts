import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, UnitCreate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const createUnit = (body: UnitCreate) => api<Unit>('/units', { method: 'POST', body });

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
