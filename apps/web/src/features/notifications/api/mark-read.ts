import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { Notification, NotificationPage, ReadAllResult } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export const markRead = (id: number) => api<Notification>(`/notifications/${id}/read`, { method: 'POST' });
export const markAllRead = () => api<ReadAllResult>('/notifications/read-all', { method: 'POST' });

type Pages = InfiniteData<NotificationPage, number | null>;

/** Marks in place at once (the bell's count drops as the click lands), then checks with the server. */
function useOptimisticRead() {
  const queryClient = useQueryClient();
  return {
    apply: async (read: (n: Notification) => boolean) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const list = queryClient.getQueryData<Pages>(notificationKeys.list());
      const unread = queryClient.getQueryData<number>(notificationKeys.unread());
      const now = new Date().toISOString();
      let changed = 0;
      queryClient.setQueryData<Pages>(notificationKeys.list(), (old) =>
        old
          ? {
              ...old,
              pages: old.pages.map((p) => ({
                ...p,
                items: p.items.map((n) => {
                  if (n.readAt || !read(n)) return n;
                  changed += 1;
                  return { ...n, readAt: now };
                }),
              })),
            }
          : old,
      );
      if (unread !== undefined) queryClient.setQueryData(notificationKeys.unread(), Math.max(0, unread - changed));
      return { list, unread };
    },
    rollback: (ctx: { list: Pages | undefined; unread: number | undefined } | undefined) => {
      if (!ctx) return;
      queryClient.setQueryData(notificationKeys.list(), ctx.list);
      queryClient.setQueryData(notificationKeys.unread(), ctx.unread);
    },
    settle: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  };
}

export function useMarkRead() {
  const o = useOptimisticRead();
  return useMutation({
    mutationFn: (id: number) => markRead(id),
    onMutate: (id) => o.apply((n) => n.id === id),
    onError: (_e, _id, ctx) => o.rollback(ctx),
    onSettled: o.settle,
  });
}

export function useMarkAllRead() {
  const o = useOptimisticRead();
  return useMutation({
    mutationFn: markAllRead,
    onMutate: () => o.apply(() => true),
    onError: (_e, _v, ctx) => o.rollback(ctx),
    onSettled: o.settle,
  });
}
