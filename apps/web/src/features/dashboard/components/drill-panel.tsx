import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { DrillQuery } from '@dondoc/schemas';
import { StateBadge } from '../../../components/state-badge';
import { ErrorMessage, Loading } from '../../../components/status';
import { formatDate, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDrill } from '../api/get-drill';
import { DrillPager } from './drill-pager';

type Props = { version: string | undefined; query: DrillQuery; label: string; onPage: (page: number) => void; onClose: () => void };

/** The tasks, reports or activities behind a headline figure, a page at a time. */
export function DrillPanel({ version, query, label, onPage, onClose }: Props) {
  const drill = useDrill(version, query);
  const data = drill.data;
  return (
    <section className="card dash-drill" aria-label={t('dash.drill.title', { label })}>
      <header className="dash-section-header">
        <h2>{t('dash.drill.title', { label })}</h2>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      {drill.isPending ? (
        <Loading />
      ) : !data ? (
        <ErrorMessage error={drill.error} />
      ) : data.rows.length === 0 ? (
        <p className="muted">{t('dash.drill.empty')}</p>
      ) : (
        <>
          <div className="table-wrap">
            {data.kind === 'tasks' ? (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('dash.drill.directive')}</th>
                    <th scope="col">{t('dash.drill.unit')}</th>
                    <th scope="col">{t('dash.drill.deadline')}</th>
                    <th scope="col">{t('dash.drill.state')}</th>
                    <th scope="col">{t('dash.drill.daysLate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((r) => (
                    <tr key={r.id} data-testid="drill-row">
                      <td>
                        <Link to="/tasks/$taskId" params={{ taskId: String(r.id) }}>
                          {formatDirectiveNumber(r.directive)}
                        </Link>{' '}
                        <span className="muted">{r.directive.subject}</span>
                      </td>
                      <td>{r.unit.name}</td>
                      <td>{formatDate(r.deadline)}</td>
                      <td>
                        <StateBadge state={r.state} />
                      </td>
                      <td>{r.daysLate || ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : data.kind === 'reports' ? (
              <NamedRows
                headers={[t('dash.drill.report'), t('dash.drill.unit'), t('dash.drill.deadline')]}
                rows={data.rows.map((r) => ({
                  id: r.id,
                  name: (
                    <Link to="/reports/$reportId" params={{ reportId: String(r.id) }}>
                      {r.title}
                    </Link>
                  ),
                  unit: r.unit.name,
                  date: r.deadline,
                }))}
              />
            ) : (
              <NamedRows
                headers={[t('dash.drill.activity'), t('dash.drill.unit'), t('dash.drill.date')]}
                rows={data.rows.map((r) => ({
                  id: r.id,
                  name: (
                    <Link to="/tasks/$taskId" params={{ taskId: String(r.taskId) }}>
                      {r.title}
                    </Link>
                  ),
                  unit: r.unit.name,
                  date: r.dateFrom,
                }))}
              />
            )}
          </div>
          <DrillPager page={data.page} total={data.total} limit={data.limit} onPage={onPage} />
        </>
      )}
    </section>
  );
}

/** Reports and activities behind a figure: what (a link), whose, and when. */
function NamedRows({ headers, rows }: { headers: [string, string, string]; rows: { id: number; name: ReactNode; unit: string; date: string }[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="drill-row">
            <td>{r.name}</td>
            <td>{r.unit}</td>
            <td>{formatDate(r.date)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
