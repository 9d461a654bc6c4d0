import { Link } from '@tanstack/react-router';
import type { Activity, ActivityForm, ActivityList } from '@dondoc/schemas';
import { Empty, ErrorMessage, Loading, errorText } from '../../../components/status';
import { canReadAll, useCurrentUser } from '../../../lib/current-user';
import { formatDateTime, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useActivities, type ActivityFilters } from '../api/get-activities';
import { useRestoreActivity } from '../api/save-activity';
import { ActivityTotals } from './activity-totals';
import { EvidenceLink } from './evidence-link';
import { formLabel, formOptions, formatNumber, formatPeriod } from './labels';
import '../activities.css';

type Props = { filters: ActivityFilters; onFilters: (next: ActivityFilters) => void };

/** "Hoạt động của đơn vị": the unit's history (staff: every unit's) with filters and totals per form. */
export function ActivitiesPage({ filters, onFilters }: Props) {
  const me = useCurrentUser();
  const all = canReadAll(me.role);
  const list = useActivities(filters);
  const filtered = Boolean(filters.from || filters.to || filters.form || filters.directiveId);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{all ? t('activities.page.titleAll') : t('activities.page.title')}</h1>
          <p className="page-subtitle">{all ? t('activities.page.subtitleAll') : (me.unit?.name ?? '')}</p>
        </div>
      </header>
      <Filters filters={filters} onFilters={onFilters} data={list.data} canSeeDeleted={all} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <ActivityTotals totals={list.data.totals} count={list.data.count} />
          <h2>{t('activities.page.listTitle')}</h2>
          {list.data.items.length === 0 ? (
            <Empty>{filtered ? t('activities.emptyFiltered') : t('activities.empty')}</Empty>
          ) : (
            <>
              {list.data.truncated ? <p className="notice notice-warning">{t('activities.truncated', { shown: list.data.items.length, total: list.data.count })}</p> : null}
              <ActivityTable items={list.data.items} showUnit={all} canRestore={me.role === 'admin' || me.role === 'staff'} />
            </>
          )}
        </>
      )}
    </div>
  );
}

function Filters({ filters, onFilters, data, canSeeDeleted }: Props & { data: ActivityList | undefined; canSeeDeleted: boolean }) {
  const set = (change: Partial<ActivityFilters>) => onFilters({ ...filters, ...change });
  return (
    <form className="toolbar activity-filters" role="search" aria-label={t('activities.filter.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="af-from">{t('activities.filter.from')}</label>
        <input id="af-from" type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => set({ from: e.target.value || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="af-to">{t('activities.filter.to')}</label>
        <input id="af-to" type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => set({ to: e.target.value || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="af-form">{t('activities.filter.form')}</label>
        <select id="af-form" value={filters.form ?? ''} onChange={(e) => set({ form: (e.target.value || undefined) as ActivityForm | undefined })}>
          <option value="">{t('activities.filter.allForms')}</option>
          {formOptions.map((f) => (
            <option key={f} value={f}>
              {t(formLabel[f])}
            </option>
          ))}
        </select>
      </div>
      <div className="field filter-directive">
        <label htmlFor="af-directive">{t('activities.filter.directive')}</label>
        <select id="af-directive" value={filters.directiveId ?? ''} onChange={(e) => set({ directiveId: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('activities.filter.allDirectives')}</option>
          {(data?.directives ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {formatDirectiveNumber(d)} — {d.subject.length > 80 ? `${d.subject.slice(0, 80)}…` : d.subject}
            </option>
          ))}
        </select>
      </div>
      {canSeeDeleted ? (
        <label className="check toolbar-check">
          <input type="checkbox" checked={Boolean(filters.includeDeleted)} onChange={(e) => set({ includeDeleted: e.target.checked || undefined })} />
          {t('activities.filter.includeDeleted')}
        </label>
      ) : null}
      <button type="button" className="btn btn-ghost" disabled={Object.values(filters).every((v) => v === undefined)} onClick={() => onFilters({})}>
        {t('activities.filter.clear')}
      </button>
    </form>
  );
}

function ActivityTable({ items, showUnit, canRestore }: { items: Activity[]; showUnit: boolean; canRestore: boolean }) {
  const restore = useRestoreActivity();
  return (
    <div className="table-wrap">
      <table role="table" className="table table-cards activity-table" aria-label={t('activities.page.listTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('activities.col.activity')}</th>
            <th scope="col">{t('activities.col.date')}</th>
            {showUnit ? <th scope="col">{t('activities.col.unit')}</th> : null}
            <th scope="col">{t('activities.col.form')}</th>
            <th scope="col" className="num">
              {t('activities.col.quantity')}
            </th>
            <th scope="col" className="num">
              {t('activities.col.reach')}
            </th>
            <th scope="col">{t('activities.col.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} data-testid="activity-row" className={a.deletedAt ? 'is-deleted' : undefined}>
              <td className="cell-main">
                <Link to="/tasks/$taskId" params={{ taskId: String(a.taskId) }} className="row-title">
                  <span className="row-title-text">{a.title}</span>
                </Link>
                <span className="muted small activity-directive" title={a.directive.subject}>
                  {formatDirectiveNumber(a.directive)} · {a.directive.subject}
                </span>
                <span className="small activity-row-items" title={a.items.map((i) => i.title).join('\n')}>
                  {t('activities.itemsLabel', { n: a.items.length })} {a.items.map((i) => i.title).join('; ')}
                </span>
                {a.deletedAt ? (
                  <span className="activity-deleted">
                    <span className="badge badge-warning">{t('activities.deleted')}</span>{' '}
                    <span className="muted small">{t('activities.deletedAt', { at: formatDateTime(a.deletedAt) })}</span>{' '}
                    {canRestore ? (
                      <button type="button" className="btn btn-small" disabled={restore.isPending} onClick={() => restore.mutate(a.id)}>
                        {t('activities.restore')}
                      </button>
                    ) : null}
                  </span>
                ) : null}
              </td>
              <td data-label={t('activities.col.date')} className="nowrap">
                {formatPeriod(a.dateFrom, a.dateTo)}
              </td>
              {showUnit ? <td data-label={t('activities.col.unit')}>{a.unit.shortName ?? a.unit.name}</td> : null}
              <td data-label={t('activities.col.form')}>{t(formLabel[a.form])}</td>
              <td data-label={t('activities.col.quantity')} className="num">
                {a.quantity !== null && a.measure ? t('activities.quantity', { n: formatNumber(a.quantity), measure: a.measure }) : t('common.dash')}
              </td>
              <td data-label={t('activities.col.reach')} className="num">
                {a.reach !== null ? formatNumber(a.reach) : t('common.dash')}
              </td>
              <td data-label={t('activities.col.evidence')}>
                {a.evidence.length ? (
                  <ul className="evidence-list compact" aria-label={t('activities.evidence')}>
                    {a.evidence.map((f) => (
                      <li key={f.id}>
                        <EvidenceLink file={f} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('common.dash')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {restore.isError ? (
        <p className="form-error" role="alert">
          {errorText(restore.error)}
        </p>
      ) : null}
    </div>
  );
}
