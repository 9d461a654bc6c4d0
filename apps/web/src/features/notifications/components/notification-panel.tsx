import { Link, useNavigate } from '@tanstack/react-router';
import type { Notification } from '@dondoc/schemas';
import { ErrorMessage } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';

/** The latest notifications, newest first, a page at a time; opening one marks it read. */
export function NotificationPanel({ onClose }: { onClose: () => void }) {
  const list = useNotifications(true);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const anyUnread = items.some((n) => !n.readAt);

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) {
      onClose();
      // Links are the app's own paths ("/reports/3"); anything else is not followed.
      if (n.link.startsWith('/')) void navigate({ href: n.link });
    }
  };

  return (
    <div className="notif-panel">
      <div className="notif-head">
        <h2>{t('notif.title')}</h2>
        <button type="button" className="btn btn-ghost btn-small" disabled={!anyUnread || markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notif.markAll')}
        </button>
      </div>
      {list.isPending ? <p className="muted notif-empty">{t('common.loading')}</p> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.isSuccess && items.length === 0 ? <p className="muted notif-empty">{t('notif.empty')}</p> : null}
      {items.length ? (
        <ul className="notif-list" aria-label={t('notif.title')}>
          {items.map((n) => (
            <li key={n.id} className={`notif${n.readAt ? '' : ' is-unread'}`} data-testid="notification">
              <button type="button" className="notif-open" onClick={() => open(n)}>
                <span className="notif-title">
                  {n.readAt ? null : <span className="sr-only">{t('notif.unread')} </span>}
                  {n.title}
                </span>
                {n.body ? (
                  // The first paragraph says it; a đôn đốc's list of what is late follows on the page it links to.
                  <span className="notif-body" title={n.body}>
                    {n.body.split(/\n\s*\n/)[0]}
                  </span>
                ) : null}
                <span className="notif-time">{formatDateTime(n.createdAt)}</span>
              </button>
              {n.readAt ? null : (
                <button type="button" className="notif-read" aria-label={t('notif.markOneLabel', { title: n.title })} title={t('notif.markOne')} onClick={() => markRead.mutate(n.id)}>
                  <span aria-hidden="true">✓</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="notif-foot">
        {list.hasNextPage ? (
          <button type="button" className="btn btn-small" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {list.isFetchingNextPage ? t('common.loading') : t('notif.more')}
          </button>
        ) : (
          <span />
        )}
        <Link to="/settings/notifications" className="small" onClick={onClose}>
          {t('notif.settings')}
        </Link>
      </div>
    </div>
  );
}
