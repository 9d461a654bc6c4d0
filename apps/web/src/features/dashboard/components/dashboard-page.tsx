import { ErrorMessage, Empty, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDashboard } from '../api/get-dashboard';
import { DashboardLegend } from './dashboard-legend';
import { DashboardMatrix } from './dashboard-matrix';
import { DashboardTotals } from './dashboard-totals';

export function DashboardPage() {
  const dashboard = useDashboard();
  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="page-subtitle">
            {dashboard.dataUpdatedAt
              ? t('dashboard.updatedAt', { at: formatDateTime(new Date(dashboard.dataUpdatedAt).toISOString()) })
              : t('dashboard.subtitle')}
            {dashboard.isFetching ? <span className="muted"> · {t('dashboard.refreshing')}</span> : null}
          </p>
        </div>
      </header>
      {dashboard.isPending ? (
        <Loading />
      ) : !dashboard.data ? (
        <ErrorMessage error={dashboard.error} />
      ) : (
        <>
          <DashboardTotals totals={dashboard.data.totals} />
          {/* A failed refresh keeps the last matrix on screen and says so. */}
          {dashboard.isError ? <ErrorMessage error={dashboard.error} /> : null}
          {dashboard.data.directives.length === 0 ? (
            <Empty>{t('dashboard.empty')}</Empty>
          ) : (
            <>
              <DashboardLegend />
              <DashboardMatrix data={dashboard.data} />
            </>
          )}
        </>
      )}
    </div>
  );
}
