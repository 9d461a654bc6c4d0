import { useState } from 'react';
import { ErrorMessage, Loading } from '../../../components/status';
import { canManageDirectives, useCurrentUser } from '../../../lib/current-user';
import { formatDate, formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useOpenSummaryReport, useSummaryReports } from '../api/summary-report';
import { SummaryReportEditor } from './summary-report-editor';

/**
 * The directive's BÁO CÁO: staff open the latest draft (or make the first) and edit it; a leader
 * picks among the drafts staff made and reads them, with their documents to download.
 */
export function SummaryReportPanel({ directiveId }: { directiveId: number }) {
  const me = useCurrentUser();
  const writer = canManageDirectives(me.role);
  const open = useOpenSummaryReport();
  const drafts = useSummaryReports(directiveId, !writer);
  const [reportId, setReportId] = useState<number | null>(null);

  return (
    <section className="summary-panel" aria-label={t('summary.open')}>
      {writer ? (
        <div className="actions">
          <button type="button" className="btn" disabled={open.isPending} onClick={() => open.mutate(directiveId, { onSuccess: setReportId })} data-testid="summary-open">
            {open.isPending ? t('summary.creating') : t('summary.open')}
          </button>
        </div>
      ) : drafts.isPending ? (
        <Loading />
      ) : drafts.isError ? (
        <ErrorMessage error={drafts.error} />
      ) : drafts.data.items.length > 0 ? (
        <div className="actions">
          {drafts.data.items.map((d) => (
            <button
              key={d.id}
              type="button"
              className="btn"
              aria-pressed={reportId === d.id}
              onClick={() => setReportId(d.id)}
              title={t('summary.savedAt', { at: formatDateTime(d.updatedAt) })}
              data-testid="summary-open"
            >
              {t('summary.open')} · {d.number ? `${d.number}/${d.symbol}` : d.symbol} · {formatDate(d.date)}
            </button>
          ))}
        </div>
      ) : null}
      {open.isError ? <ErrorMessage error={open.error} /> : null}
      {reportId !== null ? <SummaryReportEditor key={reportId} reportId={reportId} readOnly={!writer} /> : null}
    </section>
  );
}
