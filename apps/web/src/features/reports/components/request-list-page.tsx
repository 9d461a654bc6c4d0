import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReportRequestSummary } from '@dondoc/schemas';
import { Deadline } from '../../../components/deadline';
import { LinkRow } from '../../../components/link-row';
import { ProgressBar } from '../../../components/progress-bar';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { Tabs } from '../../../components/tabs';
import { canManageDirectives, useCurrentUser } from '../../../lib/current-user';
import { formatDate, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { useReportRequests, type ReportRequestListFilter } from '../api/get-report-requests';
import { ReportStatusBadge, RequestStatusBadge } from './badges';
import { frequencyLabel, kindLabel } from './labels';
import '../reports.css';

type StatusTab = 'all' | NonNullable<ReportRequestListFilter['status']>;
const tabs: { key: StatusTab; label: MessageKey }[] = [
  { key: 'all', label: 'rr.list.tab.all' },
  { key: 'open', label: 'rr.list.tab.open' },
  { key: 'draft', label: 'rr.list.tab.draft' },
  { key: 'closed', label: 'rr.list.tab.closed' },
];

/** "Báo cáo": the department's requests with their progress; a unit's own reports. */
export function RequestListPage() {
  const me = useCurrentUser();
  return me.role === 'unit' ? <UnitReports unitName={me.unit?.name ?? ''} /> : <DepartmentRequests canCreate={canManageDirectives(me.role)} />;
}

/** A round's title already names its period ("… tháng 11/2026"). */
function titleLine(r: ReportRequestSummary) {
  return <span className="row-title-text">{r.title}</span>;
}

function kindLine(r: ReportRequestSummary) {
  return r.frequency ? `${t(kindLabel[r.kind])} · ${t(frequencyLabel[r.frequency])}` : t(kindLabel[r.kind]);
}

function DepartmentRequests({ canCreate }: { canCreate: boolean }) {
  const [tab, setTab] = useState<StatusTab>('all');
  const list = useReportRequests(tab === 'all' ? {} : { status: tab });
  const navigate = useNavigate();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('rr.list.title')}</h1>
          <p className="page-subtitle">{t('rr.list.subtitle')}</p>
        </div>
        {canCreate ? (
          <Link to="/reports/requests/new" className="btn btn-primary">
            {t('rr.list.create')}
          </Link>
        ) : null}
      </header>
      <Tabs tabs={tabs.map((x) => ({ key: x.key, label: t(x.label) }))} active={tab} onChange={setTab} label={t('rr.list.tabs')} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorMessage error={list.error} />
        ) : list.data.length === 0 ? (
          <Empty>{t('rr.list.empty')}</Empty>
        ) : (
          <div className="table-wrap">
            <table role="table" className="table table-cards" aria-label={t('rr.list.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('rr.list.col.request')}</th>
                  <th scope="col">{t('rr.list.col.kind')}</th>
                  <th scope="col">{t('rr.list.col.deadline')}</th>
                  <th scope="col">{t('rr.list.col.submitted')}</th>
                  <th scope="col">{t('rr.list.col.returned')}</th>
                  <th scope="col">{t('rr.list.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((r) => {
                  const c = r.counts ?? { recipients: 0, submitted: 0, accepted: 0, returned: 0 };
                  return (
                    <LinkRow key={r.id} testId="request-row" open={() => void navigate({ to: '/reports/requests/$requestId', params: { requestId: String(r.id) } })}>
                      <td className="cell-main">
                        <Link to="/reports/requests/$requestId" params={{ requestId: String(r.id) }} className="row-title">
                          {titleLine(r)}
                        </Link>
                        {r.directive ? <span className="muted small">{t('rr.list.forDirective', { number: formatDirectiveNumber(r.directive) })}</span> : null}
                      </td>
                      <td data-label={t('rr.list.col.kind')} className="nowrap">
                        {kindLine(r)}
                      </td>
                      <td data-label={t('rr.list.col.deadline')}>
                        <Deadline date={r.deadline} finished={r.status !== 'open'} />
                      </td>
                      <td data-label={t('rr.list.col.submitted')}>
                        {r.status === 'draft' || (r.kind === 'periodic' && r.seriesId === null) ? (
                          <span className="muted">{r.status === 'draft' ? t('common.dash') : t('rr.list.perRound')}</span>
                        ) : (
                          <ProgressBar done={c.submitted} total={c.recipients} testId="request-progress" />
                        )}
                      </td>
                      <td data-label={t('rr.list.col.returned')} className="num">
                        {c.returned}
                      </td>
                      <td data-label={t('rr.list.col.status')}>
                        <RequestStatusBadge status={r.status} />
                      </td>
                    </LinkRow>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}

function UnitReports({ unitName }: { unitName: string }) {
  const list = useReportRequests();
  const navigate = useNavigate();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('rep.list.title')}</h1>
          <p className="page-subtitle">{unitName}</p>
        </div>
      </header>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.length === 0 ? (
        <Empty>{t('rep.list.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table role="table" className="table table-cards" aria-label={t('rep.list.title')}>
            <thead>
              <tr>
                <th scope="col">{t('rr.list.col.request')}</th>
                <th scope="col">{t('rr.list.col.period')}</th>
                <th scope="col">{t('rr.list.col.deadline')}</th>
                <th scope="col">{t('rr.list.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => {
                const mine = r.myReport;
                if (!mine) return null;
                const owed = r.status === 'open' && (mine.status === 'draft' || mine.status === 'returned');
                return (
                  <LinkRow
                    key={r.id}
                    testId="my-report-row"
                    className={owed && mine.daysLeft < 0 ? 'is-overdue' : undefined}
                    open={() => void navigate({ to: '/reports/$reportId', params: { reportId: String(mine.id) } })}
                  >
                    <td className="cell-main">
                      <Link to="/reports/$reportId" params={{ reportId: String(mine.id) }} className="row-title">
                        {titleLine(r)}
                      </Link>
                      {r.directive ? <span className="muted small">{t('rr.list.forDirective', { number: formatDirectiveNumber(r.directive) })}</span> : null}
                    </td>
                    <td data-label={t('rr.list.col.period')}>
                      {r.periodFrom && r.periodTo ? t('rr.period', { from: formatDate(r.periodFrom), to: formatDate(r.periodTo) }) : t('common.dash')}
                    </td>
                    <td data-label={t('rr.list.col.deadline')}>
                      <Deadline date={mine.deadline} finished={!owed} />
                    </td>
                    <td data-label={t('rr.list.col.status')}>
                      <ReportStatusBadge status={mine.status} />
                    </td>
                  </LinkRow>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
