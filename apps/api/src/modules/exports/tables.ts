/**
 * The tables leaders export, as plain data both writers (xlsx, csv) read: typed columns with
 * Vietnamese headers, rows of values, and a totals row. No I/O here.
 */
import type { ActivityForm, SummaryFigures, TaskState } from '@dondoc/schemas';
import { FORM_LABELS } from '../reports/prefill';
import type { ActivityFigures, Matrix, UnitFigures } from './figures';

/**
 * text; int / number (numbers stay numbers); date ("YYYY-MM-DD", or "YYYY-MM" when only the
 * month is known); month ("YYYY-MM"); state (a TaskState, written in Vietnamese words).
 */
export type ColumnType = 'text' | 'int' | 'number' | 'date' | 'month' | 'state';
export type Column = { header: string; type: ColumnType; width: number; /** totals row: SUM of the column */ sum?: boolean; rotate?: boolean };
export type CellValue = string | number | null;
export type Table = {
  /** Sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  sheet: string;
  columns: Column[];
  rows: CellValue[][];
  /** "Tổng cộng": a value per column (null = blank). */
  totals: CellValue[] | null;
  /** Columns kept in view when scrolling sideways. */
  freezeColumns: number;
};

export const STATE_LABELS: Record<TaskState, string> = {
  not_received: 'Chưa nhận',
  in_progress: 'Đang thực hiện',
  overdue: 'Quá hạn',
  done: 'Hoàn thành',
  done_late: 'Hoàn thành muộn',
};

export const formLabel = (form: string) => FORM_LABELS[form as ActivityForm] ?? form;

/** "169/STTTT-TTBCXB", "…/STTTT-TTBCXB" when the number is not known. */
export function numberSymbol(d: { number: string | null; symbol: string | null }): string {
  if (d.number && (d.number.includes('/') || !d.symbol)) return d.number;
  return `${d.number ?? '…'}/${d.symbol ?? ''}`;
}

export function matrixTable(m: Matrix): Table {
  const unitIndex = new Map(m.units.map((u, i) => [u.unitId, i]));
  const byDirective = new Map<number, (TaskState | null)[]>();
  for (const d of m.directives) byDirective.set(d.id, Array.from({ length: m.units.length }, () => null));
  for (const c of m.cells) {
    const row = byDirective.get(c.directiveId);
    const i = unitIndex.get(c.unitId);
    if (row && i != null) row[i] = c.state;
  }
  const rows = m.directives.map((d, n) => {
    const states = byDirective.get(d.id) ?? [];
    const present = states.filter((s): s is TaskState => s != null);
    return [
      n + 1,
      numberSymbol(d),
      d.issuedOn ? (d.hasDay ? d.issuedOn : d.issuedOn.slice(0, 7)) : null,
      d.subject,
      d.dueDate,
      present.length,
      present.filter((s) => s === 'done' || s === 'done_late').length,
      present.filter((s) => s === 'overdue').length,
      ...states,
    ];
  });
  const columns: Column[] = [
    { header: 'STT', type: 'int', width: 6 },
    { header: 'Số, ký hiệu', type: 'text', width: 20 },
    { header: 'Ngày ban hành', type: 'date', width: 13 },
    { header: 'Trích yếu', type: 'text', width: 60 },
    { header: 'Hạn hoàn thành', type: 'date', width: 13 },
    { header: 'Số đơn vị', type: 'int', width: 9, sum: true },
    { header: 'Đã hoàn thành', type: 'int', width: 11, sum: true },
    { header: 'Quá hạn', type: 'int', width: 9, sum: true },
    ...m.units.map((u): Column => ({ header: u.shortName ?? u.name, type: 'state', width: 7, rotate: true })),
  ];
  const sum = (i: number) => rows.reduce((s, r) => s + Number(r[i] ?? 0), 0);
  const totals: CellValue[] = ['Tổng cộng', null, null, `${rows.length} văn bản`, null, sum(5), sum(6), sum(7), ...m.units.map(() => null)];
  return { sheet: 'Ma trận', columns, rows, totals, freezeColumns: 4 };
}

export function unitsTable(units: UnitFigures[]): Table {
  const columns: Column[] = [
    { header: 'STT', type: 'int', width: 6 },
    { header: 'Đơn vị', type: 'text', width: 42 },
    { header: 'Huyện, thành phố', type: 'text', width: 18 },
    { header: 'Số nhiệm vụ', type: 'int', width: 10, sum: true },
    { header: 'Hoàn thành đúng hạn', type: 'int', width: 12, sum: true },
    { header: 'Hoàn thành muộn', type: 'int', width: 12, sum: true },
    { header: 'Đang thực hiện', type: 'int', width: 12, sum: true },
    { header: 'Quá hạn', type: 'int', width: 10, sum: true },
    { header: 'Tỷ lệ đúng hạn (%)', type: 'number', width: 12 },
    { header: 'Số ngày muộn bình quân', type: 'number', width: 12 },
    { header: 'Nội dung đã hoàn thành', type: 'int', width: 12, sum: true },
    { header: 'Tổng số nội dung', type: 'int', width: 11, sum: true },
    { header: 'Số hoạt động', type: 'int', width: 11, sum: true },
    { header: 'Báo cáo được yêu cầu', type: 'int', width: 12, sum: true },
    { header: 'Báo cáo đã gửi', type: 'int', width: 11, sum: true },
    { header: 'Báo cáo bị trả lại', type: 'int', width: 11, sum: true },
    { header: 'Báo cáo quá hạn', type: 'int', width: 11, sum: true },
    { header: 'Xếp hạng', type: 'int', width: 9 },
  ];
  const rows = units.map((u, i) => [
    i + 1,
    u.name,
    u.districtName,
    u.tasks,
    u.onTime,
    u.late,
    u.open,
    u.overdue,
    u.onTimeRate,
    u.avgDaysLate,
    u.itemsDone,
    u.itemsTotal,
    u.activities,
    u.reportsRequested,
    u.reportsSubmitted,
    u.reportsReturned,
    u.reportsOverdue,
    u.rank,
  ]);
  const total = (k: keyof UnitFigures) => units.reduce((s, u) => s + Number(u[k] ?? 0), 0);
  const known = total('onTime') + total('late') + total('overdue');
  const late = total('late');
  const daysLate = units.reduce((s, u) => s + (u.avgDaysLate ?? 0) * u.late, 0);
  const totals: CellValue[] = [
    'Tổng cộng',
    `${units.length} đơn vị`,
    null,
    total('tasks'),
    total('onTime'),
    late,
    total('open'),
    total('overdue'),
    known > 0 ? Math.round((1000 * total('onTime')) / known) / 10 : null,
    late > 0 ? Math.round((10 * daysLate) / late) / 10 : null,
    total('itemsDone'),
    total('itemsTotal'),
    total('activities'),
    total('reportsRequested'),
    total('reportsSubmitted'),
    total('reportsReturned'),
    total('reportsOverdue'),
    null,
  ];
  return { sheet: 'Theo đơn vị', columns, rows, totals, freezeColumns: 2 };
}

export function activitiesTable(groups: ActivityFigures[]): Table {
  const columns: Column[] = [
    { header: 'Tháng', type: 'month', width: 10 },
    { header: 'Hình thức', type: 'text', width: 30 },
    { header: 'Đơn vị tính', type: 'text', width: 16 },
    { header: 'Số hoạt động', type: 'int', width: 12, sum: true },
    { header: 'Số lượng', type: 'number', width: 11 },
    { header: 'Lượt người tiếp cận', type: 'int', width: 14, sum: true },
  ];
  const rows = groups.map((g) => [g.month, formLabel(g.form), g.measure, g.count, g.quantity, g.reach]);
  const totals: CellValue[] = ['Tổng cộng', null, null, groups.reduce((s, g) => s + g.count, 0), null, groups.reduce((s, g) => s + (g.reach ?? 0), 0)];
  return { sheet: 'Hoạt động', columns, rows, totals, freezeColumns: 0 };
}

export const REPORT_WORDS = { none: 'Không yêu cầu', missing: 'Chưa gửi', submitted: 'Đã gửi', returned: 'Bị trả lại', accepted: 'Đã tiếp nhận' } as const;

/** The BÁO CÁO's table of figures as a table (its CSV): counts in their own columns, never "3/5". */
export function summaryTable(f: SummaryFigures): Table {
  const columns: Column[] = [
    { header: 'STT', type: 'int', width: 6 },
    { header: 'Đơn vị', type: 'text', width: 42 },
    { header: 'Số nội dung', type: 'int', width: 10, sum: true },
    { header: 'Nội dung hoàn thành', type: 'int', width: 12, sum: true },
    { header: 'Tình trạng', type: 'state', width: 16 },
    { header: 'Số hoạt động', type: 'int', width: 11, sum: true },
    { header: 'Số tin, bài', type: 'number', width: 10, sum: true },
    { header: 'Báo cáo', type: 'text', width: 14 },
  ];
  const rows = f.rows.map((r, i) => [i + 1, r.unitName, r.itemsTotal, r.itemsDone, r.state, r.activities, r.articles, REPORT_WORDS[r.report]]);
  const totals: CellValue[] = [
    'Tổng cộng',
    `${f.totals.units} đơn vị`,
    f.rows.reduce((s, r) => s + r.itemsTotal, 0),
    f.rows.reduce((s, r) => s + r.itemsDone, 0),
    null,
    f.totals.activities,
    f.totals.articles,
    null,
  ];
  return { sheet: 'Biểu số liệu', columns, rows, totals, freezeColumns: 2 };
}
