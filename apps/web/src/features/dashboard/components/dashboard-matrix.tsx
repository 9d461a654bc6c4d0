import { Fragment, useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import type { Dashboard } from '@dondoc/schemas';
import { isFinished, taskStateLabelKey } from '../../../components/state-badge';
import { formatDirectiveNumber, formatIssued } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { unitKindLabel } from '../../../lib/unit-kind';
import { cellKey, groupUnits, indexCells } from './matrix-model';


/** Units down, directives across; each cell is one task, coloured by state. */
export function DashboardMatrix({ data }: { data: Dashboard }) {
  const groups = useMemo(() => groupUnits(data.units), [data.units]);
  const cells = useMemo(() => indexCells(data.cells), [data.cells]);
  const columns = data.directives.length + 2;

  return (
    <div className="matrix-wrap" tabIndex={0} aria-label={t('dashboard.matrixScroll')}>
      <table role="table" className="matrix" aria-label={t('dashboard.matrix')}>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('dashboard.unitColumn')}
            </th>
            {data.directives.map((d) => (
              <th key={d.id} scope="col" className="matrix-col" title={`${formatDirectiveNumber(d)} — ${d.subject}`}>
                <Link to="/directives/$directiveId" params={{ directiveId: String(d.id) }}>
                  <span className="matrix-col-number">{formatDirectiveNumber(d)}</span>
                  <span className="matrix-col-date">{formatIssued(d.issued)}</span>
                  <span className="matrix-col-subject">{d.subject}</span>
                </Link>
              </th>
            ))}
            <th scope="col" className="matrix-sum" title={t('dashboard.unitTotalHint')}>
              {t('dashboard.unitTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <Fragment key={group.kind}>
              <tr className="matrix-group">
                <th scope="colgroup" colSpan={columns}>
                  <span className="matrix-group-label">
                    {t(unitKindLabel[group.kind])} <span className="muted">({group.units.length})</span>
                  </span>
                </th>
              </tr>
              {group.units.map((unit) => {
                const own = data.directives.flatMap((d) => cells.get(cellKey(d.id, unit.id)) ?? []);
                return (
                  <tr key={unit.id}>
                    <th scope="row" className="matrix-unit" title={unit.name}>
                      {unit.shortName ?? unit.name}
                      {unit.districtName && group.kind !== 'district_culture_office' ? (
                        <span className="matrix-unit-district">{unit.districtName}</span>
                      ) : null}
                    </th>
                    {data.directives.map((d) => {
                      const cell = cells.get(cellKey(d.id, unit.id));
                      if (!cell) {
                        return (
                          <td key={d.id} className="matrix-cell cell-empty">
                            <span aria-label={t('dashboard.noTask')}>·</span>
                          </td>
                        );
                      }
                      const state = t(taskStateLabelKey[cell.state]);
                      return (
                        <td key={d.id} className={`matrix-cell cell-state-${cell.state}`}>
                          <Link
                            to="/tasks/$taskId"
                            params={{ taskId: String(cell.taskId) }}
                            data-testid={`cell-${d.id}-${unit.id}`}
                            title={`${unit.name} · ${formatDirectiveNumber(d)} · ${state}`}
                            aria-label={t('dashboard.cellLabel', { unit: unit.name, state, done: cell.itemsDone, total: cell.itemsTotal })}
                          >
                            {cell.itemsDone}/{cell.itemsTotal}
                          </Link>
                        </td>
                      );
                    })}
                    <td className="matrix-sum">
                      {own.filter((c) => isFinished(c.state)).length}/{own.length}
                    </td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
