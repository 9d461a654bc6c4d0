import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { ReportDetail, ReportVersion } from '@dondoc/schemas';
import { ErrorMessage, Loading } from '../../../../components/status';
import { canManageDirectives, useCurrentUser } from '../../../../lib/current-user';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { useReportVersions } from '../../api/get-report-versions';
import { ExtensionDecision } from '../extensions-panel';
import { FilesField } from '../files-field';
import { ReportHeader } from './report-header';
import { ReportContentView } from './report-view';
import { ReviewDialog } from './review-dialog';
import { VersionCompare } from './version-compare';

/** The department's side: the version sent, every earlier one and what changed, accept or return. */
export function ReportReview({ report: r }: { report: ReportDetail }) {
  const me = useCurrentUser();
  const manage = canManageDirectives(me.role);
  const versions = useReportVersions(r.id, r.submissions > 0);
  const [review, setReview] = useState<'accept' | 'return' | null>(null);
  const pending = r.extensions.filter((e) => e.status === 'pending');
  const list = versions.data?.versions ?? [];
  const latest = list[list.length - 1];

  return (
    <div className="page report-page">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/reports">{t('nav.reports')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to="/reports/requests/$requestId" params={{ requestId: String(r.request.id) }}>
          {r.request.title}
        </Link>
      </nav>
      <ReportHeader report={r} />
      {manage && r.can.review ? (
        <div className="review-bar" data-testid="review-bar">
          <p>{t('rev.awaiting', { n: r.submissions })}</p>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={() => setReview('accept')}>
              {t('rev.accept')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => setReview('return')}>
              {t('rev.return')}
            </button>
          </div>
        </div>
      ) : null}
      {manage && pending.length ? (
        <section className="extensions-panel" aria-labelledby="ext-heading">
          <h2 id="ext-heading">{t('ext.pendingTitle', { n: pending.length })}</h2>
          {pending.map((e) => (
            <ExtensionDecision key={e.id} extension={e} currentDeadline={r.deadline} />
          ))}
        </section>
      ) : null}

      {r.submissions === 0 ? (
        <p className="status status-empty">{t('rev.notSubmitted')}</p>
      ) : versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <ErrorMessage error={versions.error} />
      ) : latest ? (
        <>
          <h2 className="version-heading">{t('rev.versionShown', { n: latest.no, at: formatDateTime(latest.submittedAt) })}</h2>
          {r.status === 'returned' ? <p className="muted">{t('rev.returnedNote')}</p> : null}
          <ReportContentView content={latest} outline={r.request.outline} fields={r.request.fields} />
          <FilesField owner={{ reportId: r.id }} files={r.files} editable={false} legend={t('rfile.reportLegend')} />
          <VersionsTable versions={list} />
          {list.length > 1 ? <VersionCompare versions={list} outline={r.request.outline} fields={r.request.fields} /> : null}
        </>
      ) : null}
      <ReviewDialog report={r} mode={review} onClose={() => setReview(null)} />
    </div>
  );
}

function VersionsTable({ versions }: { versions: ReportVersion[] }) {
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('rev.versions', { n: versions.length })}</h2>
      <div className="table-wrap">
        <table role="table" className="table table-cards" aria-label={t('rev.versionsTable')}>
          <thead>
            <tr>
              <th scope="col">{t('rev.col.no')}</th>
              <th scope="col">{t('rev.col.submitted')}</th>
              <th scope="col">{t('rev.col.timeliness')}</th>
              <th scope="col">{t('rev.col.review')}</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.no} data-testid="version-row">
                <td className="cell-main">
                  <strong>{t('rev.versionN', { n: v.no })}</strong>
                </td>
                {/* One block per cell: on a phone each cell is a labelled line of the card. */}
                <td data-label={t('rev.col.submitted')}>
                  <div className="cell-stack">
                    {formatDateTime(v.submittedAt)}
                    {v.submittedBy ? <span className="muted small block">{v.submittedBy.fullName}</span> : null}
                  </div>
                </td>
                <td data-label={t('rev.col.timeliness')}>
                  <div className="cell-stack">
                    {v.late ? <span className="badge rep-state-submitted_late">{t('rep.state.submitted_late')}</span> : <span className="badge rep-state-submitted_on_time">{t('rep.state.submitted_on_time')}</span>}
                    {v.lateReason ? <span className="muted small block">{t('rep.lateReasonShown', { reason: v.lateReason })}</span> : null}
                  </div>
                </td>
                <td data-label={t('rev.col.review')}>
                  <div className="cell-stack">
                    {v.review === 'accepted' ? (
                      <span className="badge rep-state-accepted">{t('rep.state.accepted')}</span>
                    ) : v.review === 'returned' ? (
                      <>
                        <span className="badge rep-state-returned">{t('rep.state.returned')}</span>
                        <span className="small block pre-wrap">{v.reviewReason}</span>
                        {v.newDeadline ? <span className="muted small block">{t('rev.newDeadlineShown', { date: formatDate(v.newDeadline) })}</span> : null}
                      </>
                    ) : (
                      <span className="muted">{t('rev.notReviewed')}</span>
                    )}
                    {v.reviewedBy && v.reviewedAt ? <span className="muted small block">{t('rev.reviewedBy', { by: v.reviewedBy.fullName, at: formatDateTime(v.reviewedAt) })}</span> : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
