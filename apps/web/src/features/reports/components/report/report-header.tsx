import type { ReportDetail } from '@dondoc/schemas';
import { Deadline } from '../../../../components/deadline';
import { formatDate, formatDateTime, formatDirectiveNumber } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { ReportStatusBadge } from '../badges';
import { kindLabel } from '../labels';

/** What the report answers, by when, where it stands; and, when it came back, why. */
export function ReportHeader({ report: r }: { report: ReportDetail }) {
  const owed = r.status === 'draft' || r.status === 'returned';
  const pending = r.extensions.find((e) => e.status === 'pending');
  const lastDecided = [...r.extensions].reverse().find((e) => e.status !== 'pending');
  return (
    <header className="doc-header report-header">
      <p className="doc-kicker">
        {t(kindLabel[r.request.kind])}
        {r.request.roundKey ? ` · ${t('rr.round', { round: r.request.roundKey })}` : ''}
        {r.request.directive ? ` · ${t('rr.list.forDirective', { number: formatDirectiveNumber(r.request.directive) })}` : ''}
      </p>
      <h1 className="doc-title">{r.request.title}</h1>
      <p className="report-unit">{r.unit.name}</p>
      <dl className="facts">
        <div>
          <dt>{t('rep.fact.status')}</dt>
          <dd>
            <ReportStatusBadge status={r.status} />
          </dd>
        </div>
        <div>
          <dt>{t('rep.fact.deadline')}</dt>
          <dd data-testid="report-deadline">
            <Deadline date={r.deadline} finished={!owed || r.request.status !== 'open'} />
          </dd>
        </div>
        <div>
          <dt>{t('rr.fact.period')}</dt>
          <dd>{r.request.periodFrom && r.request.periodTo ? t('rr.period', { from: formatDate(r.request.periodFrom), to: formatDate(r.request.periodTo) }) : t('rr.fact.periodAll')}</dd>
        </div>
        <div>
          <dt>{t('rep.fact.submitted')}</dt>
          <dd>{r.submittedAt ? t('rep.fact.submittedAt', { at: formatDateTime(r.submittedAt), n: r.submissions }) : t('rep.fact.notSubmitted')}</dd>
        </div>
      </dl>
      {r.request.status === 'closed' ? <p className="notice notice-warning">{t('rep.requestClosed')}</p> : null}
      {r.status === 'returned' && r.returnReason ? (
        <div className="notice notice-error return-notice" role="note" data-testid="return-notice">
          <p>
            <strong>{t('rep.returned.title', { at: r.reviewedAt ? formatDateTime(r.reviewedAt) : '', by: r.reviewedBy?.fullName ?? '' })}</strong>
          </p>
          <p className="pre-wrap">{t('rep.returned.reason', { reason: r.returnReason })}</p>
          <p>{t('rep.returned.deadline', { date: formatDate(r.deadline) })}</p>
        </div>
      ) : null}
      {r.status === 'submitted' ? <p className="notice notice-ok">{t('rep.submittedNotice', { at: r.submittedAt ? formatDateTime(r.submittedAt) : '' })}</p> : null}
      {r.status === 'accepted' ? (
        <p className="notice notice-ok" data-testid="accepted-notice">
          {t('rep.acceptedNotice', { at: r.reviewedAt ? formatDateTime(r.reviewedAt) : '', by: r.reviewedBy?.fullName ?? '' })}
        </p>
      ) : null}
      {pending ? (
        <p className="notice notice-warning" data-testid="extension-pending">
          {t('ext.pendingNotice', { date: formatDate(pending.requestedDeadline), at: formatDateTime(pending.requestedAt) })}
        </p>
      ) : lastDecided && owed ? (
        <p className={`notice ${lastDecided.status === 'granted' ? 'notice-ok' : 'notice-warning'}`}>
          {lastDecided.status === 'granted'
            ? t('ext.grantedNotice', { date: formatDate(lastDecided.grantedDeadline ?? lastDecided.requestedDeadline) })
            : t('ext.refusedNotice', { note: lastDecided.decisionNote ?? '' })}
        </p>
      ) : null}
    </header>
  );
}
