import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskSummary, taskListQuery } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import type { Infer } from '../../../lib/schema-types';
import { taskKeys } from './keys';

export type TaskFilter = Infer<typeof taskListQuery>['filter'];

export const getTasks = (filter: TaskFilter, signal?: AbortSignal) =>
  api<{ items: TaskSummary[] }>('/tasks', { query: { filter }, signal }).then((r) => r.items);

export const tasksQueryOptions = (filter: TaskFilter) =>
  queryOptions({
    queryKey: taskKeys.list(filter),
    queryFn: ({ signal }) => getTasks(filter, signal),
    placeholderData: keepPreviousData,
  });

export const useTasks = (filter: TaskFilter) => useQuery(tasksQueryOptions(filter));
