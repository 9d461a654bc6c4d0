import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActivityList } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { activityKeys } from './keys';

export const getTaskActivities = (taskId: number, signal?: AbortSignal) => api<ActivityList>(`/tasks/${taskId}/activities`, { signal });

export const taskActivitiesQueryOptions = (taskId: number) =>
  queryOptions({ queryKey: activityKeys.task(taskId), queryFn: ({ signal }) => getTaskActivities(taskId, signal) });

export const useTaskActivities = (taskId: number) => useQuery(taskActivitiesQueryOptions(taskId));
