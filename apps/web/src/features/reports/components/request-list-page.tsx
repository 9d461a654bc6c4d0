import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReportRequestSummary } from '@dondoc/schemas';
import { Deadline } from '../../../components/deadline';
import { LinkRow } from '../../../components/link-row';
import { ProgressBar } from '../../../components/progress-bar';
import { QueryTable } from '../../../components/query-table';
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

/**
 * A row's first cell: the title, as the link to the request (or to the unit's own report on it),
 * and the directive it follows up. A round's title already names its period ("… tháng 11/2026").
 */
function TitleCell({ r, reportId }: { r: ReportRequestSummary; reportId?: number }) {
  const title = <span className="row-title-text">{r.title}</span>;
  return (
    <td className="cell-main">
      {reportId === undefined ? (
        <Link to="/reports/requests/$requestId" params={{ requestId: String(r.id) }} className="row-title">
          {title}
        </Link>
      ) : (
        <Link to="/reports/$reportId" params={{ reportId: String(reportId) }} className="row-title">
          {title}
        </Link>
      )}
      {r.directive ? <span className="muted small">{t('rr.list.forDirective', { number: formatDirectiveNumber(r.directive) })}</span> : null}
    </td>
  );
}

function kindLine(r: ReportRequestSummary) {
  return r.frequency ? `${t(kindLabel[r.kind])} · ${t(frequencyLabel[r.frequency])}` : t(kindLabel[r.kind]);
}

function DepartmentRequests({ canCreate }: { canCreate: boolean }) {
  const [tab, setTab] = useState<StatusTab>('all');
  const list = useReportRequests(tab === 'all' ? {} : { status: tab });
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
        <QueryTable
          query={list}
          empty={t('rr.list.empty')}
          label={t('rr.list.title')}
          columns={['rr.list.col.request', 'rr.list.col.kind', 'rr.list.col.deadline', 'rr.list.col.submitted', 'rr.list.col.returned', 'rr.list.col.status']}
        >
          {(r) => <RequestRow key={r.id} r={r} />}
        </QueryTable>
      </div>
    </div>
  );
}

function UnitReports({ unitName }: { unitName: string }) {
  const list = useReportRequests();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('rep.list.title')}</h1>
          <p className="page-subtitle">{unitName}</p>
        </div>
      </header>
      <QueryTable
        query={list}
        empty={t('rep.list.empty')}
        label={t('rep.list.title')}
        columns={['rr.list.col.request', 'rr.list.col.period', 'rr.list.col.deadline', 'rr.list.col.status']}
      >
        {(r) => <MyReportRow key={r.id} r={r} />}
      </QueryTable>
    </div>
  );
}

function RequestRow({ r }: { r: ReportRequestSummary }) {
  const navigate = useNavigate();
  const c = r.counts ?? { recipients: 0, submitted: 0, accepted: 0, returned: 0 };
  return (
    <LinkRow testId="request-row" open={() => void navigate({ to: '/reports/requests/$requestId', params: { requestId: String(r.id) } })}>
      <TitleCell r={r} />
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
}

/** The unit's own report on one request (no row when the request holds none for it). */
function MyReportRow({ r }: { r: ReportRequestSummary }) {
  const navigate = useNavigate();
  const mine = r.myReport;
  if (!mine) return null;
  const owed = r.status === 'open' && (mine.status === 'draft' || mine.status === 'returned');
  return (
    <LinkRow
      testId="my-report-row"
      className={owed && mine.daysLeft < 0 ? 'is-overdue' : undefined}
      open={() => void navigate({ to: '/reports/$reportId', params: { reportId: String(mine.id) } })}
    >
      <TitleCell r={r} reportId={mine.id} />
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
}
