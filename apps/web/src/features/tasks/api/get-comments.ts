import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Comment } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { taskKeys } from './keys';

export const getComments = (taskId: number, signal?: AbortSignal) =>
  api<{ items: Comment[] }>(`/tasks/${taskId}/comments`, { signal }).then((r) => r.items);

export const commentsQueryOptions = (taskId: number) =>
  queryOptions({ queryKey: taskKeys.comments(taskId), queryFn: ({ signal }) => getComments(taskId, signal) });

export const useComments = (taskId: number) => useQuery(commentsQueryOptions(taskId));
