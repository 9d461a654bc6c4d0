import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { ReportDetail } from '@dondoc/schemas';
import { ErrorMessage, Loading, NotFound, errorText } from '../../../../components/status';
import { isApiError } from '../../../../lib/api-client';
import { useCurrentUser } from '../../../../lib/current-user';
import { t } from '../../../../i18n/t';
import { reportQueryOptions, useReport } from '../../api/get-report';
import { ReportEditor } from './report-editor';
import { ReportHeader } from './report-header';
import { ReportReview } from './report-review';
import { ReportView } from './report-view';
import '../../reports.css';

/** A unit's report: its own people write it; the department reviews it. Another unit's is "not found". */
export function ReportPage({ reportId }: { reportId: number }) {
  const me = useCurrentUser();
  const report = useReport(reportId);
  if (report.isPending) return <Loading />;
  if (report.isError) {
    if (isApiError(report.error) && report.error.status === 404) {
      return (
        <NotFound
          title={t('rep.notFoundTitle')}
          action={
            <Link to="/reports" className="btn">
              {t('rep.backToList')}
            </Link>
          }
        >
          {t('rep.notFoundText')}
        </NotFound>
      );
    }
    return <ErrorMessage error={report.error} />;
  }
  return me.role === 'unit' ? <UnitReport report={report.data} /> : <ReportReview report={report.data} />;
}

/**
 * The unit's side. The editor keeps its own copy of what is typed; after a conflict it is
 * rebuilt from the server's latest (the key changes) and the notice says why.
 */
function UnitReport({ report }: { report: ReportDetail }) {
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = async (error: unknown) => {
    setNotice(isApiError(error) && error.code === 'CONFLICT' ? t('rep.conflict') : errorText(error));
    await queryClient.fetchQuery({ ...reportQueryOptions(report.id), staleTime: 0 });
    setGeneration((g) => g + 1);
  };
  return (
    <div className="page report-page">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/reports">{t('nav.reports')}</Link>
      </nav>
      <ReportHeader report={report} />
      {notice ? (
        <div className="notice notice-warning" role="alert" data-testid="report-reloaded">
          <p>{t('rep.reloaded', { message: notice })}</p>
        </div>
      ) : null}
      {report.can.edit ? <ReportEditor key={`${report.id}-${generation}`} report={report} onConflict={(e) => void reload(e)} /> : <ReportView report={report} />}
    </div>
  );
}
