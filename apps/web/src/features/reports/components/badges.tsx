import type { ReportDetail, ReportRequest, ReportStatusRow } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { reportStatusLabel, requestStatusLabel, stateLabel } from './labels';

export function RequestStatusBadge({ status }: { status: ReportRequest['status'] }) {
  return <span className={`badge rr-status-${status}`}>{t(requestStatusLabel[status])}</span>;
}

export function ReportStatusBadge({ status }: { status: ReportDetail['status'] }) {
  return (
    <span className={`badge rep-status-${status}`} data-testid="report-status">
      {t(reportStatusLabel[status])}
    </span>
  );
}

export function ReportStateBadge({ state }: { state: ReportStatusRow['state'] }) {
  return (
    <span className={`badge rep-state-${state}`} data-testid="report-state">
      {t(stateLabel[state])}
    </span>
  );
}
