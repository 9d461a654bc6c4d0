import { t } from '../../../i18n/t';

/** "Trang trước · Trang 2/5 · 93 mục · Trang sau" under a list read a page at a time. */
export function DrillPager({ page, total, limit, onPage }: { page: number; total: number; limit: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="actions" aria-label={t('dash.drill.page', { page, pages, total })}>
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('dash.drill.prev')}
      </button>
      <span>{t('dash.drill.page', { page, pages, total })}</span>
      <button type="button" className="btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('dash.drill.next')}
      </button>
    </nav>
  );
}
