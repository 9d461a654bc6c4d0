import { Link } from '@tanstack/react-router';
import { Deadline } from '../../../components/deadline';
import { t } from '../../../i18n/t';
import { useReportRequests } from '../api/get-report-requests';
import { ReportStatusBadge } from './badges';
import '../reports.css';

/** A unit's home page: the reports it still has to send, soonest first, overdue in red. */
export function ReportsDuePanel() {
  const due = useReportRequests({ pending: true });
  if (!due.isSuccess || due.data.length === 0) return null;
  return (
    <section className="due-panel" aria-labelledby="due-heading" data-testid="reports-due">
      <div className="due-head">
        <h2 id="due-heading">{t('rep.due.title', { n: due.data.length })}</h2>
        <Link to="/reports" className="small">
          {t('rep.due.all')}
        </Link>
      </div>
      <ul className="due-list">
        {due.data.map((r) =>
          r.myReport ? (
            <li key={r.id} className={`due-item${r.myReport.daysLeft < 0 ? ' is-overdue' : ''}`} data-testid="report-due">
              <Link to="/reports/$reportId" params={{ reportId: String(r.myReport.id) }} className="due-title">
                {r.title}
              </Link>
              <span className="due-meta">
                <Deadline date={r.myReport.deadline} />
                {r.myReport.status === 'returned' ? <ReportStatusBadge status="returned" /> : null}
              </span>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
