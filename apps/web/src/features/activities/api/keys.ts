import type { ActivityFilters } from './get-activities';

export const activityKeys = {
  all: ['activities'] as const,
  lists: () => [...activityKeys.all, 'list'] as const,
  list: (filters: ActivityFilters) => [...activityKeys.lists(), filters] as const,
  task: (taskId: number) => [...activityKeys.all, 'task', taskId] as const,
};
