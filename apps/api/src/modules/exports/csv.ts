/**
 * CSV of a table for Excel and other tools: UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese as Windows-1252), CRLF line ends, fields quoted per RFC 4180, and text that a
 * spreadsheet would run as a formula (= + - @, tab, CR first) neutralised with a leading '.
 */
import { STATE_LABELS, type CellValue, type Column, type Table } from './tables';
import type { TaskState } from '@dondoc/schemas';

const BOM = '\uFEFF';

/** A text cell a spreadsheet would take for a formula ("=HYPERLINK(…)", "+1", "@SUM") starts with '. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function quote(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Dates as Vietnamese readers write them: 05/01/2021, 11/2020. */
function dateText(v: string): string {
  return v.length === 7 ? `${v.slice(5, 7)}/${v.slice(0, 4)}` : `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}

function field(v: CellValue, col: Column | undefined): string {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (col?.type === 'state') return STATE_LABELS[v as TaskState] ?? quote(neutralise(v));
  if ((col?.type === 'date' || col?.type === 'month') && /^\d{4}-\d{2}(-\d{2})?$/.test(v)) return dateText(v);
  return quote(neutralise(v));
}

export function tableToCsv(t: Table): Buffer {
  const lines = [t.columns.map((c) => quote(neutralise(c.header))).join(',')];
  for (const r of t.rows) lines.push(r.map((v, i) => field(v, t.columns[i])).join(','));
  if (t.totals) lines.push(t.totals.map((v, i) => field(v, typeof v === 'number' ? t.columns[i] : undefined)).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
