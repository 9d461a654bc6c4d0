import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnreadCount } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** How often the bell asks; TanStack Query skips the interval while the tab is hidden. */
export const UNREAD_POLL_MS = 30_000;

export const getUnreadCount = (signal?: AbortSignal) => api<UnreadCount>('/notifications/unread-count', { signal }).then((r) => r.count);

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 5_000,
  });

export const useUnreadCount = () => useQuery(unreadCountQueryOptions());
