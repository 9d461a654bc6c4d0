import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { ReportRequest } from '@dondoc/schemas';
import { Deadline } from '../../../components/deadline';
import { Modal } from '../../../components/modal';
import { ErrorMessage, Loading, NotFound, errorText } from '../../../components/status';
import { Tabs } from '../../../components/tabs';
import { isApiError } from '../../../lib/api-client';
import { canManageDirectives, useCurrentUser } from '../../../lib/current-user';
import { formatDate, formatDateTime, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useReportRequest } from '../api/get-report-request';
import { useCloseReportRequest, useOpenReportRequest } from '../api/save-report-request';
import { RequestStatusBadge } from './badges';
import { ConsolidatedPanel } from './consolidated-panel';
import { frequencyLabel, kindLabel } from './labels';
import { RequestContent, RoundsPanel } from './request-content';
import { StatusPanel } from './status-panel';
import '../reports.css';

type TabKey = 'status' | 'figures' | 'rounds' | 'content';

/** A request as the department follows it: who sent what, the figures added up, what was asked. */
export function RequestPage({ requestId }: { requestId: number }) {
  const me = useCurrentUser();
  const request = useReportRequest(requestId);
  const [tab, setTab] = useState<TabKey | null>(null);

  if (request.isPending) return <Loading />;
  if (request.isError) {
    if (isApiError(request.error) && request.error.status === 404) {
      return (
        <NotFound
          title={t('rr.notFoundTitle')}
          action={
            <Link to="/reports" className="btn">
              {t('rr.backToList')}
            </Link>
          }
        >
          {t('rr.notFoundText')}
        </NotFound>
      );
    }
    return <ErrorMessage error={request.error} />;
  }
  const r = request.data;
  const manage = canManageDirectives(me.role);
  const sent = r.status !== 'draft';
  // A periodic request, once sent, is a series: its rounds hold the units' reports.
  const series = sent && r.kind === 'periodic' && r.seriesId === null;
  const active: TabKey = tab ?? (series ? 'rounds' : sent ? 'status' : 'content');
  const tabs = [
    ...(sent && !series ? [{ key: 'status' as const, label: t('rr.tab.status') }] : []),
    ...(sent && !series && r.fields.length ? [{ key: 'figures' as const, label: t('rr.tab.figures') }] : []),
    ...(series ? [{ key: 'rounds' as const, label: t('rr.tab.rounds', { n: r.rounds.length }) }] : []),
    { key: 'content' as const, label: t('rr.tab.content') },
  ];

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/reports">{t('nav.reports')}</Link>
        {r.seriesId ? (
          <>
            <span aria-hidden="true"> › </span>
            <Link to="/reports/requests/$requestId" params={{ requestId: String(r.seriesId) }}>
              {t('rr.series')}
            </Link>
          </>
        ) : null}
      </nav>
      <header className="doc-header request-header">
        <p className="doc-kicker">
          <RequestStatusBadge status={r.status} /> {r.frequency ? `${t(kindLabel[r.kind])} · ${t(frequencyLabel[r.frequency])}` : t(kindLabel[r.kind])}
          {r.roundKey ? ` · ${t('rr.round', { round: r.roundKey })}` : null}
        </p>
        <h1 className="doc-title">{r.title}</h1>
        {r.directive ? (
          <p className="muted">
            {t('rr.forDirectiveLine')}{' '}
            <Link to="/directives/$directiveId" params={{ directiveId: String(r.directive.id) }}>
              {formatDirectiveNumber(r.directive)}
            </Link>{' '}
            — {r.directive.subject}
          </p>
        ) : null}
        <dl className="facts">
          <div>
            <dt>{series || (r.kind === 'periodic' && !sent) ? t('rr.form.deadlineFirst') : t('rr.fact.deadline')}</dt>
            <dd>
              <Deadline date={r.deadline} finished={r.status !== 'open'} />
            </dd>
          </div>
          <div>
            <dt>{t('rr.fact.period')}</dt>
            <dd>{r.periodFrom && r.periodTo ? t('rr.period', { from: formatDate(r.periodFrom), to: formatDate(r.periodTo) }) : r.kind === 'periodic' ? t('rr.fact.periodPerRound') : t('rr.fact.periodAll')}</dd>
          </div>
          <div>
            <dt>{t('rr.fact.units')}</dt>
            <dd data-testid="request-units">
              {r.counts && !series && sent ? t('rr.fact.unitsProgress', { submitted: r.counts.submitted, total: r.counts.recipients }) : t('rr.fact.unitsN', { n: r.recipients.length })}
            </dd>
          </div>
          <div>
            <dt>{t('rr.fact.responsible')}</dt>
            <dd>{r.responsible?.fullName ?? t('common.dash')}</dd>
          </div>
        </dl>
        {r.openedAt ? <p className="muted small opened-at">{t('rr.openedAt', { at: formatDateTime(r.openedAt) })}</p> : null}
        {manage && r.status !== 'closed' ? <RequestActions request={r} /> : null}
      </header>

      <Tabs tabs={tabs} active={active} onChange={setTab} label={t('rr.tabs')} />
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="tab-panel">
        {active === 'status' ? <StatusPanel request={r} canManage={manage} /> : null}
        {active === 'figures' ? <ConsolidatedPanel requestId={r.id} /> : null}
        {active === 'rounds' ? <RoundsPanel request={r} /> : null}
        {active === 'content' ? <RequestContent request={r} canManage={manage} /> : null}
      </div>
    </div>
  );
}

function RequestActions({ request: r }: { request: ReportRequest }) {
  const open = useOpenReportRequest();
  const close = useCloseReportRequest();
  const [confirm, setConfirm] = useState<'open' | 'close' | null>(null);
  const pending = open.isPending || close.isPending;
  const done = () => setConfirm(null);
  return (
    <>
      <div className="actions">
        <Link to="/reports/requests/$requestId/edit" params={{ requestId: String(r.id) }} className="btn">
          {r.status === 'draft' ? t('rr.action.edit') : t('rr.action.editDeadline')}
        </Link>
        {r.status === 'draft' ? (
          <button type="button" className="btn btn-primary" onClick={() => setConfirm('open')}>
            {t('rr.action.open')}
          </button>
        ) : (
          <button type="button" className="btn" onClick={() => setConfirm('close')}>
            {t('rr.action.close')}
          </button>
        )}
      </div>
      <Modal
        open={confirm !== null}
        title={confirm === 'open' ? t('rr.action.openTitle') : t('rr.action.closeTitle')}
        onClose={() => {
          open.reset();
          close.reset();
          done();
        }}
        footer={
          <>
            <button type="button" className="btn" onClick={done} disabled={pending}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={pending}
              onClick={() => (confirm === 'open' ? open : close).mutate({ id: r.id, version: r.version }, { onSuccess: done })}
            >
              {confirm === 'open' ? t('rr.action.openConfirm', { n: r.recipients.length }) : t('rr.action.closeConfirm')}
            </button>
          </>
        }
      >
        <p>{confirm === 'open' ? t('rr.action.openText', { n: r.recipients.length, date: formatDate(r.deadline) }) : t('rr.action.closeText')}</p>
        {open.isError || close.isError ? (
          <p className="form-error" role="alert">
            {errorText(open.error ?? close.error)}
          </p>
        ) : null}
      </Modal>
    </>
  );
}
