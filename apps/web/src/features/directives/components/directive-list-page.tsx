import { Link, useNavigate } from '@tanstack/react-router';
import { LinkRow } from '../../../components/link-row';
import { ProgressBar } from '../../../components/progress-bar';
import { QueryTable } from '../../../components/query-table';
import { canManageDirectives, useCurrentUser } from '../../../lib/current-user';
import { formatDate, formatDirectiveNumber, formatIssued } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDirectives } from '../api/get-directives';
import { DirectiveStatusBadge } from './directive-status-badge';

export function DirectiveListPage() {
  const me = useCurrentUser();
  const directives = useDirectives();
  const navigate = useNavigate();

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('directives.title')}</h1>
          <p className="page-subtitle">{t('directives.subtitle')}</p>
        </div>
        {canManageDirectives(me.role) ? (
          <div className="actions">
            <Link to="/directives/import" className="btn btn-primary">
              {t('directives.import')}
            </Link>
            <Link to="/directives/new" className="btn">
              {t('directives.create')}
            </Link>
          </div>
        ) : null}
      </header>
      <QueryTable
        query={directives}
        empty={t('directives.empty')}
        label={t('directives.title')}
        columns={['directives.col.subject', 'directives.col.status', 'directives.col.due', 'directives.col.progress', 'directives.col.received', 'directives.col.overdue']}
      >
        {(d) => (
          <LinkRow
            key={d.id}
            testId="directive-row"
            open={() => void navigate({ to: '/directives/$directiveId', params: { directiveId: String(d.id) } })}
          >
            <td className="cell-main">
              <Link to="/directives/$directiveId" params={{ directiveId: String(d.id) }} className="row-title">
                <span className="doc-number">{formatDirectiveNumber(d)}</span>
                {d.issued ? <span className="muted"> · {formatIssued(d.issued)}</span> : null}
                <span className="doc-subject">{d.subject}</span>
              </Link>
            </td>
            <td data-label={t('directives.col.status')}>
              <DirectiveStatusBadge status={d.status} />
            </td>
            <td data-label={t('directives.col.due')}>{d.dueDate ? formatDate(d.dueDate) : <span className="muted">{t('common.dash')}</span>}</td>
            <td data-label={t('directives.col.progress')}>
              {d.status === 'published' ? (
                <ProgressBar done={d.doneCount} total={d.taskCount} />
              ) : (
                <span className="muted">{t('common.dash')}</span>
              )}
            </td>
            <td data-label={t('directives.col.received')}>
              {d.status === 'published' ? `${d.receivedCount}/${d.taskCount}` : <span className="muted">{t('common.dash')}</span>}
            </td>
            <td data-label={t('directives.col.overdue')}>
              {d.overdueCount > 0 ? <span className="badge state-overdue">{d.overdueCount}</span> : <span className="muted">0</span>}
            </td>
          </LinkRow>
        )}
      </QueryTable>
    </div>
  );
}
