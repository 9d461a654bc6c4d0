import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { StateBadge } from '../../../components/state-badge';
import { ErrorMessage, Loading } from '../../../components/status';
import { formatDate, formatDateTime, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { ReportStatusBadge } from '../../reports/components/badges';
import { useDrill } from '../api/get-drill';
import type { UnitScorecardFilters } from '../api/get-unit-scorecard';

const PER_PAGE = 20;
type Props = { version: string; unitId: number; filters: UnitScorecardFilters };

function Pager({ page, total, onPage }: { page: number; total: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  if (pages <= 1) return null;
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

/** Every task of the unit across directives, newest directive first, each opening the task. */
export function UnitScorecardTasks({ version, unitId, filters }: Props) {
  const [page, setPage] = useState(1);
  const drill = useDrill(version, { ...filters, metric: 'tasks', unitId, page, limit: PER_PAGE });
  const d = drill.data;
  return (
    <section className="card scorecard-list" aria-labelledby="sc-tasks-title">
      <h2 id="sc-tasks-title">{t('scorecard.taskList')}</h2>
      {drill.isPending ? (
        <Loading />
      ) : !d || d.kind !== 'tasks' ? (
        <ErrorMessage error={drill.error} />
      ) : d.rows.length === 0 ? (
        <p className="muted">{t('scorecard.noTasks')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table scorecard-stack" data-testid="sc-task-table">
              <thead>
                <tr>
                  <th scope="col">{t('dash.drill.directive')}</th>
                  <th scope="col">{t('dash.drill.deadline')}</th>
                  <th scope="col">{t('dash.drill.state')}</th>
                  <th scope="col" className="num">
                    {t('scorecard.items')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.id} data-testid="sc-task-row">
                    <td>
                      <Link to="/tasks/$taskId" params={{ taskId: String(r.id) }}>
                        {formatDirectiveNumber(r.directive)}
                      </Link>{' '}
                      <span className="muted">{r.directive.subject}</span>
                    </td>
                    <td className="date-cell" data-label={t('dash.drill.deadline')}>
                      {formatDate(r.deadline) || t('common.dash')}
                    </td>
                    <td>
                      <StateBadge state={r.state} />
                      {r.daysLate ? <span className="muted"> ({t('dash.drill.daysLate')}: {r.daysLate})</span> : null}
                    </td>
                    <td className="num" data-label={t('scorecard.items')}>
                      {r.itemsDone}/{r.itemsTotal}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={d.page} total={d.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}

/** The reports asked of the unit in the period, with where each stands. */
export function UnitScorecardReports({ version, unitId, filters }: Props) {
  const [page, setPage] = useState(1);
  const drill = useDrill(version, { ...filters, metric: 'reports', unitId, page, limit: PER_PAGE });
  const d = drill.data;
  return (
    <section className="card scorecard-list" aria-labelledby="sc-reports-title">
      <h2 id="sc-reports-title">{t('scorecard.reportList')}</h2>
      {drill.isPending ? (
        <Loading />
      ) : !d || d.kind !== 'reports' ? (
        <ErrorMessage error={drill.error} />
      ) : d.rows.length === 0 ? (
        <p className="muted">{t('scorecard.noReports')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table scorecard-stack" data-testid="sc-report-table">
              <thead>
                <tr>
                  <th scope="col">{t('dash.drill.report')}</th>
                  <th scope="col">{t('dash.drill.deadline')}</th>
                  <th scope="col">{t('scorecard.status')}</th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.id} data-testid="sc-report-row">
                    <td>
                      <Link to="/reports/$reportId" params={{ reportId: String(r.id) }}>
                        {r.title}
                      </Link>
                    </td>
                    <td className="date-cell" data-label={t('dash.drill.deadline')}>
                      {formatDate(r.deadline)}
                      {r.overdue ? <span className="badge tone-danger"> {t('scorecard.overdue')}</span> : null}
                    </td>
                    <td>
                      <ReportStatusBadge status={r.status} />
                      {r.submittedAt ? <span className="muted"> {formatDateTime(r.submittedAt)}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={d.page} total={d.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
