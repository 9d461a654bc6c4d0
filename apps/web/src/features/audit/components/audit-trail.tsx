import type { AuditEntry } from '@dondoc/schemas';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDirectiveAudit } from '../api/get-directive-audit';
import { actionLabel, entityLabel } from './audit-labels';
import { diff } from './audit-diff';

function Changes({ entry }: { entry: AuditEntry }) {
  const changes = diff(entry.before, entry.after);
  if (!changes.length) return <span className="muted">{t('common.dash')}</span>;
  return (
    <dl className="diff">
      {changes.map((c) => (
        <div key={c.key} className="diff-row">
          {c.key ? <dt>{c.key}</dt> : null}
          <dd>
            {c.before ? <del>{c.before}</del> : null}
            {c.before && c.after ? <span aria-hidden="true"> → </span> : null}
            {c.after ? <ins>{c.after}</ins> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who did what to a directive and the tasks made from it, in the order the API gives. */
export function AuditTrail({ directiveId }: { directiveId: number }) {
  const audit = useDirectiveAudit(directiveId);
  if (audit.isPending) return <Loading />;
  if (audit.isError) return <ErrorMessage error={audit.error} />;
  if (!audit.data.length) return <Empty>{t('audit.empty')}</Empty>;
  return (
    <div className="table-wrap">
      <table role="table" className="table table-cards audit-table" aria-label={t('audit.title')}>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.entity')}</th>
            <th scope="col">{t('audit.col.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {audit.data.map((entry) => (
            <tr key={entry.id}>
              <td className="cell-main nowrap">{formatDateTime(entry.at)}</td>
              <td data-label={t('audit.col.actor')}>{entry.actor ? entry.actor.fullName : t('audit.system')}</td>
              <td data-label={t('audit.col.action')}>{actionLabel(entry.action)}</td>
              <td data-label={t('audit.col.entity')}>
                {entityLabel(entry.entityType)}
                {entry.entityId !== null ? ` #${entry.entityId}` : ''}
              </td>
              <td data-label={t('audit.col.changes')}>
                <Changes entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
