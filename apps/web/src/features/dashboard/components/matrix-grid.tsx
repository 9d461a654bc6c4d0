import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { DashboardMatrix, UnitKind } from '@dondoc/schemas';
import { taskStateLabelKey } from '../../../components/state-badge';
import { formatDate, formatDirectiveNumber } from '../../../lib/format';
import { unitKindLabel } from '../../../lib/unit-kind';
import { t } from '../../../i18n/t';
import { getDrill } from '../api/get-drill';
import { cellMark, stateOfCode } from './matrix-codes';
import { windowRange } from './window-range';

/** Every row is this tall (CSS `.mx-row` says the same), so the rows in view follow from the scroll position. */
const ROW_HEIGHT = 34;
/** Every directive column is this wide (set inline, border included), so the columns in view follow too. */
const COL_WIDTH = 140;
const COL_OVERSCAN = 3;

type Range = { start: number; end: number };
type Ranges = { rows: Range; cols: Range };
const sameRange = (a: Range, b: Range) => a.start === b.start && a.end === b.end;

/** A cell `px` wide exactly, whatever the table's layout would make of it. */
const fixed = (px: number): CSSProperties => ({ width: px, minWidth: px, maxWidth: px, boxSizing: 'border-box', padding: 0 });
const colStyle = fixed(COL_WIDTH);

type Row = DashboardMatrix['rows'][number];
type Line = { kind: 'group'; label: string; count: number } | { kind: 'unit'; row: Row };

function linesOf(data: DashboardMatrix): Line[] {
  const starts = new Map((data.groups ?? []).map((g) => [g.start, g]));
  const out: Line[] = [];
  data.rows.forEach((row, i) => {
    const g = starts.get(i);
    // Grouped by kind, the API labels a group with the kind's code: say it in words.
    const label = g && g.label in unitKindLabel ? t(unitKindLabel[g.label as UnitKind]) : g?.label;
    if (g) out.push({ kind: 'group', label: label ?? g.label, count: g.count });
    out.push({ kind: 'unit', row });
  });
  return out;
}

/**
 * Units down, directives across; only the rows and the directive columns in view are in the DOM
 * (200 units × 100 directives is 20,000 cells; a screenful is a few hundred). The unit column and
 * the header row stay in place (sticky); spacer cells stand in for the columns left out.
 */
export function MatrixGrid({ data, period = {} }: { data: DashboardMatrix; period?: { from?: string; to?: string } }) {
  const lines = useMemo(() => linesOf(data), [data]);
  const box = useRef<HTMLDivElement>(null);
  const directives = data.directives.items;
  const [ranges, setRanges] = useState<Ranges>(() => ({
    rows: windowRange(0, 640, ROW_HEIGHT, lines.length),
    cols: windowRange(0, 1400, COL_WIDTH, directives.length, COL_OVERSCAN),
  }));
  const navigate = useNavigate();
  const [opening, setOpening] = useState<string | null>(null);

  // Re-rendered only when the window moves by a whole row or column, not on every scrolled pixel.
  const measure = useCallback(() => {
    const el = box.current;
    if (!el) return;
    const next = {
      rows: windowRange(el.scrollTop, el.clientHeight, ROW_HEIGHT, lines.length),
      cols: windowRange(el.scrollLeft, el.clientWidth, COL_WIDTH, directives.length, COL_OVERSCAN),
    };
    setRanges((prev) => (sameRange(prev.rows, next.rows) && sameRange(prev.cols, next.cols) ? prev : next));
  }, [lines.length, directives.length]);
  useEffect(() => {
    measure();
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  const { rows, cols } = ranges;
  const shown = directives.slice(cols.start, cols.end);
  const before = cols.start * COL_WIDTH;
  const after = Math.max(0, directives.length - cols.end) * COL_WIDTH;
  const span = shown.length + 1 + (before > 0 ? 1 : 0) + (after > 0 ? 1 : 0);

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
    <div ref={box} className="matrix-wrap mx-wrap" tabIndex={0} aria-label={t('dashboard.matrixScroll')} onScroll={measure}>
      <table className="matrix" aria-label={t('dashboard.matrix')} aria-rowcount={lines.length + 1} aria-colcount={directives.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="matrix-corner" aria-colindex={1}>
              {t('dashboard.unitColumn')}
            </th>
            {before > 0 ? <th aria-hidden="true" style={fixed(before)} /> : null}
            {shown.map((d, i) => (
              <th key={d.id} scope="col" className="matrix-col" style={colStyle} aria-colindex={cols.start + i + 2} title={`${formatDirectiveNumber(d)} — ${d.subject}`}>
                <a
                  href={`/directives/${d.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    void navigate({ to: '/directives/$directiveId', params: { directiveId: String(d.id) } });
                  }}
                >
                  <span className="matrix-col-number">{formatDirectiveNumber(d)}</span>
                  <span className="matrix-col-date">{formatDate(d.issuedOn)}</span>
                  <span className="matrix-col-subject">{d.subject}</span>
                </a>
              </th>
            ))}
            {after > 0 ? <th aria-hidden="true" style={fixed(after)} /> : null}
          </tr>
        </thead>
        <tbody>
          {rows.start > 0 ? <tr aria-hidden="true" style={{ height: rows.start * ROW_HEIGHT }} /> : null}
          {lines.slice(rows.start, rows.end).map((line, i) =>
            line.kind === 'group' ? (
              <tr key={`g-${rows.start + i}`} className="matrix-group mx-row" aria-rowindex={rows.start + i + 2}>
                <th scope="colgroup" colSpan={span}>
                  <span className="matrix-group-label">
                    {line.label} <span className="muted">({line.count})</span>
                  </span>
                </th>
              </tr>
            ) : (
              <tr key={line.row.id} className="mx-row" data-testid="matrix-row" aria-rowindex={rows.start + i + 2}>
                <th scope="row" className="matrix-unit" title={line.row.name} aria-colindex={1}>
                  <Link to="/dashboard/units/$unitId" params={{ unitId: String(line.row.id) }} search={period} className="matrix-unit-link">
                    {line.row.shortName ?? line.row.name}
                  </Link>
                  {line.row.districtName ? <span className="matrix-unit-district"> · {line.row.districtName}</span> : null}
                </th>
                {before > 0 ? <td aria-hidden="true" /> : null}
                {shown.map((d, j) => {
                  const col = cols.start + j;
                  const state = stateOfCode(line.row.cells[col]);
                  if (!state) {
                    return (
                      <td key={d.id} className="matrix-cell cell-empty" aria-colindex={col + 2} title={t('dash.matrix.none')}>
                        ·
                      </td>
                    );
                  }
                  const label = t(taskStateLabelKey[state]);
                  const key = `${d.id}-${line.row.id}`;
                  return (
                    <td key={d.id} className={`matrix-cell cell-state-${state}`} aria-colindex={col + 2}>
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
                {after > 0 ? <td aria-hidden="true" /> : null}
              </tr>
            ),
          )}
          {rows.end < lines.length ? <tr aria-hidden="true" style={{ height: (lines.length - rows.end) * ROW_HEIGHT }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
