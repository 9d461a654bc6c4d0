import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useRouterState } from '@tanstack/react-router';
import { t } from '../../../i18n/t';
import { useUnreadCount } from '../api/get-unread-count';
import '../notifications.css';

// The list loads only when someone opens it; the bell and its count are on every page.
const NotificationPanel = lazy(() => import('./notification-panel').then((m) => ({ default: m.NotificationPanel })));

/** The bell in the top bar: unread count (polled), and a panel of the latest notifications. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [lastPath, setLastPath] = useState(pathname);
  // Following a link closes the panel (adjusting state during render, no effect needed).
  if (pathname !== lastPath) {
    setLastPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const count = unread.data ?? 0;
  const label = count ? t('notif.bellLabelUnread', { n: count }) : t('notif.bellLabel');
  return (
    <div className="bell" ref={box}>
      <button type="button" className="bell-button" aria-expanded={open} aria-controls="notification-panel" aria-label={label} title={label} onClick={() => setOpen((o) => !o)} data-testid="bell">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {count ? (
          <span className="bell-count" data-testid="bell-count">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id="notification-panel" className="bell-panel" role="region" aria-label={t('notif.title')}>
          <Suspense fallback={<p className="bell-loading">{t('common.loading')}</p>}>
            <NotificationPanel onClose={() => setOpen(false)} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
