import type { UnitListParams } from './get-units';

export type UnitEventParams = { unitId?: number; changeId?: number; limit?: number };

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (params: UnitListParams) => [...unitKeys.lists(), params] as const,
  groups: () => [...unitKeys.all, 'groups'] as const,
  // Under `all`: every write to the directory refreshes events and histories too.
  events: (params: UnitEventParams) => [...unitKeys.all, 'events', params] as const,
  history: (id: number) => [...unitKeys.all, 'history', id] as const,
};
