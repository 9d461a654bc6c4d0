import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { StateBadge } from '../../../components/state-badge';
import { ErrorMessage, Loading } from '../../../components/status';
import { formatDate, formatDateTime, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { ReportStatusBadge } from '../../reports/components/badges';
import { useDrill } from '../api/get-drill';
import type { UnitScorecardFilters } from '../api/get-unit-scorecard';
import { DrillPager } from './drill-pager';

const PER_PAGE = 20;
type Props = { version: string; unitId: number; filters: UnitScorecardFilters };

/** A page of the unit's rows; the pager only when there is more than one page. */
function ScorecardList({ title, titleId, empty, state, children }: { title: string; titleId: string; empty: string; state: { pending: boolean; error: unknown; rows: number | null; page: number; total: number; onPage: (p: number) => void }; children: ReactNode }) {
  return (
    <section className="card scorecard-list" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {state.pending ? (
        <Loading />
      ) : state.rows === null ? (
        <ErrorMessage error={state.error} />
      ) : state.rows === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <div className="table-wrap">{children}</div>
          {state.total > PER_PAGE ? <DrillPager page={state.page} total={state.total} limit={PER_PAGE} onPage={state.onPage} /> : null}
        </>
      )}
    </section>
  );
}

/** Every task of the unit across directives, newest directive first, each opening the task. */
export function UnitScorecardTasks({ version, unitId, filters }: Props) {
  const [page, setPage] = useState(1);
  const drill = useDrill(version, { ...filters, metric: 'tasks', unitId, page, limit: PER_PAGE });
  const d = drill.data;
  const rows = d?.kind === 'tasks' ? d.rows : null;
  return (
    <ScorecardList
      title={t('scorecard.taskList')}
      titleId="sc-tasks-title"
      empty={t('scorecard.noTasks')}
      state={{ pending: drill.isPending, error: drill.error, rows: rows?.length ?? null, page: d?.page ?? page, total: d?.total ?? 0, onPage: setPage }}
    >
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
          {(rows ?? []).map((r) => (
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
    </ScorecardList>
  );
}

/** The reports asked of the unit in the period, with where each stands. */
export function UnitScorecardReports({ version, unitId, filters }: Props) {
  const [page, setPage] = useState(1);
  const drill = useDrill(version, { ...filters, metric: 'reports', unitId, page, limit: PER_PAGE });
  const d = drill.data;
  const rows = d?.kind === 'reports' ? d.rows : null;
  return (
    <ScorecardList
      title={t('scorecard.reportList')}
      titleId="sc-reports-title"
      empty={t('scorecard.noReports')}
      state={{ pending: drill.isPending, error: drill.error, rows: rows?.length ?? null, page: d?.page ?? page, total: d?.total ?? 0, onPage: setPage }}
    >
      <table className="table scorecard-stack" data-testid="sc-report-table">
        <thead>
          <tr>
            <th scope="col">{t('dash.drill.report')}</th>
            <th scope="col">{t('dash.drill.deadline')}</th>
            <th scope="col">{t('scorecard.status')}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((r) => (
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
    </ScorecardList>
  );
}
