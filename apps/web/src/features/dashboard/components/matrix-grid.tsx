import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import type { DashboardMatrix } from '@dondoc/schemas';
import { taskStateLabelKey } from '../../../components/state-badge';
import { formatDate, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { getDrill } from '../api/get-drill';
import { cellMark, stateOfCode } from './matrix-codes';
import { windowRange } from './window-range';

/** Every row is this tall (CSS `.mx-row` says the same), so the rows in view follow from the scroll position. */
const ROW_HEIGHT = 34;

type Row = DashboardMatrix['rows'][number];
type Line = { kind: 'group'; label: string; count: number } | { kind: 'unit'; row: Row };

function linesOf(data: DashboardMatrix): Line[] {
  const starts = new Map((data.groups ?? []).map((g) => [g.start, g]));
  const out: Line[] = [];
  data.rows.forEach((row, i) => {
    const g = starts.get(i);
    if (g) out.push({ kind: 'group', label: g.label, count: g.count });
    out.push({ kind: 'unit', row });
  });
  return out;
}

/** Units down, directives across; only the rows in view are in the DOM (280 units stay smooth). */
export function MatrixGrid({ data }: { data: DashboardMatrix }) {
  const lines = useMemo(() => linesOf(data), [data]);
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const navigate = useNavigate();
  const [opening, setOpening] = useState<string | null>(null);
  const directives = data.directives.items;
  useEffect(() => {
    const el = box.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, [lines.length]);
  const { start, end } = windowRange(view.top, view.height, ROW_HEIGHT, lines.length);

  const open = async (unitId: number, directiveId: number) => {
    const key = `${directiveId}-${unitId}`;
    setOpening(key);
    try {
      const drill = await getDrill({ metric: 'tasks', unitId, directiveId, limit: 1 });
      const task = drill.kind === 'tasks' ? drill.rows[0] : undefined;
      if (task) await navigate({ to: '/tasks/$taskId', params: { taskId: String(task.id) } });
    } finally {
      setOpening(null);
    }
  };

  return (
    <div
      ref={box}
      className="matrix-wrap mx-wrap"
      tabIndex={0}
      aria-label={t('dashboard.matrixScroll')}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <table className="matrix" aria-label={t('dashboard.matrix')} aria-rowcount={lines.length + 1}>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('dashboard.unitColumn')}
            </th>
            {directives.map((d) => (
              <th key={d.id} scope="col" className="matrix-col" title={`${formatDirectiveNumber(d)} — ${d.subject}`}>
                <a href={`/directives/${d.id}`} onClick={(e) => { e.preventDefault(); void navigate({ to: '/directives/$directiveId', params: { directiveId: String(d.id) } }); }}>
                  <span className="matrix-col-number">{formatDirectiveNumber(d)}</span>
                  <span className="matrix-col-date">{formatDate(d.issuedOn)}</span>
                  <span className="matrix-col-subject">{d.subject}</span>
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {start > 0 ? <tr aria-hidden="true" style={{ height: start * ROW_HEIGHT }} /> : null}
          {lines.slice(start, end).map((line, i) =>
            line.kind === 'group' ? (
              <tr key={`g-${start + i}`} className="matrix-group mx-row">
                <th scope="colgroup" colSpan={directives.length + 1}>
                  <span className="matrix-group-label">
                    {line.label} <span className="muted">({line.count})</span>
                  </span>
                </th>
              </tr>
            ) : (
              <tr key={line.row.id} className="mx-row" data-testid="matrix-row">
                <th scope="row" className="matrix-unit" title={line.row.name}>
                  {line.row.shortName ?? line.row.name}
                  {line.row.districtName ? <span className="matrix-unit-district"> · {line.row.districtName}</span> : null}
                </th>
                {directives.map((d, col) => {
                  const state = stateOfCode(line.row.cells[col]);
                  if (!state) {
                    return (
                      <td key={d.id} className="matrix-cell cell-empty" title={t('dash.matrix.none')}>
                        ·
                      </td>
                    );
                  }
                  const label = t(taskStateLabelKey[state]);
                  const key = `${d.id}-${line.row.id}`;
                  return (
                    <td key={d.id} className={`matrix-cell cell-state-${state}`}>
                      <button
                        type="button"
                        className="mx-cell-button"
                        data-testid={`cell-${key}`}
                        data-state={state}
                        disabled={opening === key}
                        title={`${line.row.name} · ${formatDirectiveNumber(d)} · ${label}`}
                        aria-label={`${line.row.name}: ${label}`}
                        onClick={() => void open(line.row.id, d.id)}
                      >
                        {cellMark[state]}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ),
          )}
          {end < lines.length ? <tr aria-hidden="true" style={{ height: (lines.length - end) * ROW_HEIGHT }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
