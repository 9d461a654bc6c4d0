/**
 * Workbooks of tables with exceljs: one sheet per table, Vietnamese headers in a frozen first
 * row with filters, set column widths, dates as real dates (dd/mm/yyyy), numbers as numbers,
 * task states in words and colours, and a "Tổng cộng" row under the filtered range whose sums are
 * formulas carrying their computed values.
 */
import ExcelJS from 'exceljs';
import type { TaskState } from '@dondoc/schemas';
import { STATE_LABELS, type Column, type Table } from './tables';

/** Called between chunks of rows with the share of rows written (0–1); may wait (to yield). */
export type OnRows = (done: number) => Promise<void> | void;

const CHUNK = 2000;

const STATE_FILL: Record<TaskState, string> = {
  done: 'FFC6EFCE',
  done_late: 'FFFFEB9C',
  overdue: 'FFFFC7CE',
  in_progress: 'FFDDEBF7',
  not_received: 'FFEDEDED',
};
const STATE_FONT: Record<TaskState, string> = {
  done: 'FF006100',
  done_late: 'FF9C5700',
  overdue: 'FF9C0006',
  in_progress: 'FF1F4E78',
  not_received: 'FF595959',
};

const NUM_FMT: Partial<Record<Column['type'], string>> = { date: 'dd/mm/yyyy', month: 'mm/yyyy', int: '#,##0', number: '#,##0.##' };
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** "2021-01-05" → that day at 00:00 UTC, which Excel stores as the whole day's serial number. */
function toDate(v: string): Date {
  const [y, m, d] = v.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Column letters for A1 references: 1 → A, 27 → AA. */
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export async function workbookOf(tables: Table[], opts: { title: string; created: Date; onRows?: OnRows }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Đôn Đốc';
  wb.title = opts.title;
  wb.created = opts.created;
  wb.modified = opts.created;
  const totalRows = tables.reduce((s, t) => s + t.rows.length, 0) || 1;
  let written = 0;
  const stateStyles = new Map<TaskState, Partial<ExcelJS.Style>>();
  for (const s of Object.keys(STATE_FILL) as TaskState[]) {
    stateStyles.set(s, {
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: STATE_FILL[s] } },
      font: { name: 'Times New Roman', size: 11, color: { argb: STATE_FONT[s] } },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border,
    });
  }

  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet, {
      views: [{ state: 'frozen', xSplit: t.freezeColumns, ySplit: 1, zoomScale: 100 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
      properties: { defaultRowHeight: 16 },
    });
    ws.columns = t.columns.map((c) => ({
      width: c.width,
      style: { font: { name: 'Times New Roman', size: 11 }, ...(NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {}) },
    }));
    const header = ws.addRow(t.columns.map((c) => c.header));
    header.height = t.columns.some((c) => c.rotate) ? 110 : 42;
    header.eachCell((cell, n) => {
      const col = t.columns[n - 1];
      cell.font = { name: 'Times New Roman', size: 11, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true, ...(col?.rotate ? { textRotation: 90 } : {}) };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.border = border;
    });

    for (let start = 0; start < t.rows.length; start += CHUNK) {
      for (const r of t.rows.slice(start, start + CHUNK)) {
        const row = ws.addRow(r.map((v, i) => cellValue(v, t.columns[i])) as ExcelJS.CellValue[]);
        for (let i = 0; i < t.columns.length; i += 1) {
          const col = t.columns[i] as Column;
          const v = r[i];
          if (col.type === 'state') {
            if (v != null) row.getCell(i + 1).style = stateStyles.get(v as TaskState) ?? {};
          } else if (col.type === 'date' && typeof v === 'string' && v.length === 7) {
            row.getCell(i + 1).numFmt = 'mm/yyyy';
          }
        }
        if (t.columns.some((c) => c.type === 'text' && c.width >= 40)) row.alignment = { vertical: 'top', wrapText: true };
      }
      written += Math.min(CHUNK, t.rows.length - start);
      await opts.onRows?.(written / totalRows);
    }
    const last = t.rows.length + 1;
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: t.columns.length } };

    if (t.totals) {
      const row = ws.addRow(
        t.totals.map((v, i) => {
          const col = t.columns[i];
          if (col?.sum && typeof v === 'number' && t.rows.length > 0) {
            const L = colLetter(i + 1);
            return { formula: `SUM(${L}2:${L}${last})`, result: v };
          }
          return v;
        }),
      );
      row.font = { name: 'Times New Roman', size: 11, bold: true };
      row.eachCell((cell) => {
        cell.border = { top: { style: 'medium' } };
      });
    }
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** undefined, not null, for an empty cell: exceljs then makes no cell at all (most of a matrix is empty). */
function cellValue(v: string | number | null, col: Column | undefined): ExcelJS.CellValue | undefined {
  if (v == null) return undefined;
  if (!col) return v;
  switch (col.type) {
    case 'date':
    case 'month':
      return typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v) ? toDate(v) : v;
    case 'state':
      return STATE_LABELS[v as TaskState] ?? v;
    default:
      return v;
  }
}
