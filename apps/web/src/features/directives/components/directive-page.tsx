import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { Modal } from '../../../components/modal';
import { ErrorMessage, Loading, NotFound, errorText } from '../../../components/status';
import { Tabs } from '../../../components/tabs';
import { isApiError } from '../../../lib/api-client';
import { canManageDirectives, useCurrentUser } from '../../../lib/current-user';
import { formatDateTime, formatDirectiveNumber, formatIssued } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDeleteDirective } from '../api/delete-directive';
import { useDirective } from '../api/get-directive';
import { DirectiveBody } from './directive-body';
import { DirectiveStatusBadge } from './directive-status-badge';
import { DirectiveTasksTable } from './directive-tasks-table';
import { SourceFileLine } from './source-file-link';
import { SummaryReportPanel } from './summary-report-panel';

type TabKey = 'tasks' | 'content' | 'audit';

type Props = {
  directiveId: number;
  /** The audit trail, composed in by the route so this feature does not reach into another. */
  auditPanel: ReactNode;
};

export function DirectivePage({ directiveId, auditPanel }: Props) {
  const me = useCurrentUser();
  const directive = useDirective(directiveId);
  const [tab, setTab] = useState<TabKey | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const remove = useDeleteDirective();
  const navigate = useNavigate();

  if (directive.isPending) return <Loading />;
  if (directive.isError) {
    if (isApiError(directive.error) && directive.error.status === 404) return <NotFound />;
    return <ErrorMessage error={directive.error} />;
  }
  const d = directive.data;
  const published = d.status === 'published';
  const active: TabKey = tab ?? (published ? 'tasks' : 'content');
  const tabs = [
    ...(published ? [{ key: 'tasks' as const, label: t('directive.tab.tasks') }] : []),
    { key: 'content' as const, label: t('directive.tab.content') },
    { key: 'audit' as const, label: t('directive.tab.audit') },
  ];
  const canEdit = !published && canManageDirectives(me.role);

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/directives">{t('nav.directives')}</Link>
      </nav>
      <header className="doc-header">
        <p className="doc-kicker">
          <DirectiveStatusBadge status={d.status} />{' '}
          {t('task.directiveLine', { number: formatDirectiveNumber(d), date: formatIssued(d.issued) || t('common.dash') })}
        </p>
        <h1 className="doc-title">{d.subject}</h1>
        <p className="muted">
          {published && d.publishedAt
            ? t('directive.publishedAt', { at: formatDateTime(d.publishedAt) })
            : t('directive.updatedAt', { at: formatDateTime(d.updatedAt) })}
        </p>
        <SourceFileLine directive={d} />
        {canEdit ? (
          <div className="actions">
            <Link to="/directives/$directiveId/edit" params={{ directiveId: String(d.id) }} className="btn btn-primary">
              {t('directive.edit')}
            </Link>
            <button type="button" className="btn btn-danger" onClick={() => setConfirmDelete(true)}>
              {t('directive.delete')}
            </button>
          </div>
        ) : null}
        {published && canManageDirectives(me.role) ? (
          <div className="actions">
            <Link to="/reports/requests/new" search={{ directiveId: d.id }} className="btn">
              {t('rr.fromDirective')}
            </Link>
          </div>
        ) : null}
      </header>

      {published ? <SummaryReportPanel directiveId={d.id} /> : null}

      <Tabs tabs={tabs} active={active} onChange={setTab} label={t('directive.tabs')} />
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="tab-panel">
        {active === 'tasks' ? <DirectiveTasksTable directiveId={d.id} /> : null}
        {active === 'content' ? <DirectiveBody directive={d} /> : null}
        {active === 'audit' ? auditPanel : null}
      </div>

      <Modal
        open={confirmDelete}
        title={t('directive.deleteTitle')}
        onClose={() => setConfirmDelete(false)}
        footer={
          <>
            <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(d.id, { onSuccess: () => void navigate({ to: '/directives' }) })
              }
            >
              {t('directive.deleteConfirm')}
            </button>
          </>
        }
      >
        <p>{t('directive.deleteText')}</p>
        {remove.isError ? (
          <p className="form-error" role="alert">
            {errorText(remove.error)}
          </p>
        ) : null}
      </Modal>
    </div>
  );
}
