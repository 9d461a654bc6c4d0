import type { UnitListParams } from './get-units';

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (params: UnitListParams) => [...unitKeys.lists(), params] as const,
  groups: () => [...unitKeys.all, 'groups'] as const,
};
