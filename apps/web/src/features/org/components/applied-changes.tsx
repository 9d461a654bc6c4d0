import { Link } from '@tanstack/react-router';
import type { OrgChangeSummary } from '@dondoc/schemas';
import { ErrorMessage, Loading } from '../../../components/status';
import { formatDate, formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { AppliedChange } from '../api/apply-org-change';
import { useOrgChanges } from '../api/get-org-changes';
import { summaryRows } from './labels';

function SummaryFigures({ summary }: { summary: OrgChangeSummary['summary'] }) {
  return (
    <ul className="summary-figures">
      {summaryRows(summary).map((r) => (
        <li key={r.key}>
          {r.label ? t(r.label) : r.key}: <strong>{r.value}</strong>
        </li>
      ))}
    </ul>
  );
}

const historyLink = (id: number) => ({ to: '/units' as const, search: { tab: 'history' as const, changeId: id } });

/** Right after applying: what happened, and where to read it event by event. */
export function AppliedResult({ result, onRestart }: { result: AppliedChange; onRestart: () => void }) {
  return (
    <section className="notice notice-ok org-applied" role="status" data-testid="org-applied">
      <p className="notice-title">{t('orgChange.applied.title', { id: result.id })}</p>
      <SummaryFigures summary={result.summary} />
      <div className="actions">
        <Link {...historyLink(result.id)} className="btn btn-small">
          {t('orgChange.applied.events')}
        </Link>
        <button type="button" className="btn btn-small" onClick={onRestart}>
          {t('orgChange.applied.another')}
        </button>
      </div>
    </section>
  );
}

/** Changes applied so far, newest first. */
export function AppliedChanges() {
  const changes = useOrgChanges();
  return (
    <section className="org-applied-list" aria-labelledby="org-applied-heading">
      <h2 id="org-applied-heading">{t('orgChange.list.title')}</h2>
      {changes.isPending ? (
        <Loading />
      ) : !changes.data ? (
        <ErrorMessage error={changes.error} />
      ) : changes.data.length === 0 ? (
        <p className="muted">{t('orgChange.list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table role="table" className="table table-cards" aria-label={t('orgChange.list.title')}>
            <thead>
              <tr>
                <th scope="col">{t('unitEvent.legalBasis')}</th>
                <th scope="col">{t('unitEvent.effectiveOn')}</th>
                <th scope="col">{t('orgChange.list.figures')}</th>
                <th scope="col">{t('orgChange.list.appliedAt')}</th>
                <th scope="col">{t('units.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.data.map((c) => (
                <tr key={c.id} data-testid="applied-change">
                  <td className="cell-main">
                    <span className="row-title-text">{c.legalBasis}</span>
                    {c.sourceName ? <span className="muted small"> · {c.sourceName}</span> : null}
                  </td>
                  <td data-label={t('unitEvent.effectiveOn')}>{formatDate(c.effectiveOn)}</td>
                  <td data-label={t('orgChange.list.figures')}>
                    <SummaryFigures summary={c.summary} />
                  </td>
                  <td data-label={t('orgChange.list.appliedAt')}>
                    {formatDateTime(c.appliedAt)}
                    {c.appliedBy ? <span className="muted small"> · {c.appliedBy}</span> : null}
                  </td>
                  <td data-label={t('units.col.actions')}>
                    <Link {...historyLink(c.id)} className="btn btn-small">
                      {t('orgChange.list.events')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
