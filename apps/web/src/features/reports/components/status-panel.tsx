import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { ReportRequest, ReportStatusRow } from '@dondoc/schemas';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { formatDate, formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useRequestStatus } from '../api/get-request-status';
import { ReportStateBadge } from './badges';
import { ExtensionsPanel } from './extensions-panel';
import { RemindDialog } from './remind-dialog';
import { StateChart } from './state-chart';

/** Not sent yet (never, or returned and not sent again): what a đôn đốc is for. */
export const isOwed = (row: ReportStatusRow) => row.state === 'not_submitted' || row.state === 'returned';

/** Per unit: where its report stands, a chart of the states, and the đôn đốc of late units. */
export function StatusPanel({ request, canManage }: { request: ReportRequest; canManage: boolean }) {
  const status = useRequestStatus(request.id);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [remind, setRemind] = useState(false);

  if (status.isPending) return <Loading />;
  if (status.isError) return <ErrorMessage error={status.error} />;
  const { rows, totals } = status.data;
  if (rows.length === 0) return <Empty>{t('rr.status.empty')}</Empty>;
  const owed = rows.filter(isOwed);
  const overdue = rows.filter((r) => r.overdue);
  const chosen = rows.filter((r) => selected.has(r.reportId) && isOwed(r));
  const canRemind = canManage && request.status === 'open';
  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <div className="status-panel">
      <section aria-labelledby="state-chart-heading">
        <h2 id="state-chart-heading" className="sr-only">
          {t('rr.status.chartTitle')}
        </h2>
        <p className="summary-line" data-testid="status-summary">
          {t('rr.status.summary', { units: totals.units, sent: totals.onTime + totals.late, overdue: totals.overdue })}
        </p>
        <StateChart rows={rows} />
      </section>

      {canManage ? <ExtensionsPanel rows={rows} /> : null}

      <section aria-labelledby="status-table-heading">
        <div className="section-head">
          <h2 id="status-table-heading">{t('rr.status.tableTitle')}</h2>
          {canRemind ? (
            <div className="actions">
              <button type="button" className="btn btn-small" disabled={overdue.length === 0} onClick={() => setSelected(new Set(overdue.map((r) => r.reportId)))}>
                {t('rr.remind.selectOverdue', { n: overdue.length })}
              </button>
              <button type="button" className="btn btn-primary btn-small" disabled={chosen.length === 0} onClick={() => setRemind(true)} data-testid="remind-button">
                {t('rr.remind.button', { n: chosen.length })}
              </button>
            </div>
          ) : null}
        </div>
        {canRemind && owed.length === 0 ? <p className="muted small">{t('rr.remind.nobodyOwes')}</p> : null}
        <div className="table-wrap">
          <table role="table" className="table table-cards status-table" aria-label={t('rr.status.tableTitle')}>
            <thead>
              <tr>
                {canRemind ? (
                  <th scope="col" className="col-check">
                    <span className="sr-only">{t('rr.remind.pick')}</span>
                  </th>
                ) : null}
                <th scope="col">{t('rr.status.col.unit')}</th>
                <th scope="col">{t('rr.status.col.state')}</th>
                <th scope="col">{t('rr.status.col.deadline')}</th>
                <th scope="col">{t('rr.status.col.submittedAt')}</th>
                <th scope="col" className="num">
                  {t('rr.status.col.daysLate')}
                </th>
                <th scope="col" className="num">
                  {t('rr.status.col.versions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const name = row.unit.shortName ?? row.unit.name;
                return (
                  <tr key={row.reportId} data-testid="status-row" data-unit={row.unit.name} className={row.overdue ? 'is-overdue' : undefined}>
                    {canRemind ? (
                      <td className="col-check">
                        {isOwed(row) ? (
                          <input
                            type="checkbox"
                            aria-label={t('rr.remind.pickLabel', { unit: row.unit.name })}
                            checked={selected.has(row.reportId)}
                            onChange={(e) => toggle(row.reportId, e.target.checked)}
                          />
                        ) : null}
                      </td>
                    ) : null}
                    <td className="cell-main">
                      <Link to="/reports/$reportId" params={{ reportId: String(row.reportId) }} className="row-title" title={row.unit.name}>
                        <span className="row-title-text">{name}</span>
                      </Link>
                      {row.districtName ? <span className="muted small">{row.districtName}</span> : null}
                      {row.pendingExtension ? <span className="badge badge-warning">{t('rr.status.extensionAsked')}</span> : null}
                    </td>
                    <td data-label={t('rr.status.col.state')}>
                      <ReportStateBadge state={row.state} />
                    </td>
                    <td data-label={t('rr.status.col.deadline')} className="nowrap">
                      {formatDate(row.deadline)}
                    </td>
                    <td data-label={t('rr.status.col.submittedAt')} className={`nowrap${row.submittedAt ? '' : ' is-empty'}`}>
                      {row.submittedAt ? formatDateTime(row.submittedAt) : t('common.dash')}
                    </td>
                    <td data-label={t('rr.status.col.daysLate')} className={`num${row.daysLate > 0 ? ' is-late' : ' is-empty'}`} data-testid="days-late">
                      {row.daysLate > 0 ? row.daysLate : t('common.dash')}
                    </td>
                    <td data-label={t('rr.status.col.versions')} className="num" data-testid="versions">
                      {row.versions}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <RemindDialog
        open={remind}
        rows={chosen}
        title={request.title}
        onClose={() => setRemind(false)}
        onSent={() => setSelected(new Set())}
      />
    </div>
  );
}
