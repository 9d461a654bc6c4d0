import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { NotificationPage } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

const PAGE = 15;

export const getNotifications = (before: number | null, signal?: AbortSignal) =>
  api<NotificationPage>('/notifications', { query: { before, limit: PAGE }, signal });

/** Newest first, a page at a time (keyset paging on the id). */
export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam, signal }) => getNotifications(pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });

export const useNotifications = (enabled: boolean) => useInfiniteQuery({ ...notificationsQueryOptions(), enabled });
