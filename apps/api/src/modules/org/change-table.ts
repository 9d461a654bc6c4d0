import ExcelJS from 'exceljs';
import { fold } from '@dondoc/schemas';
import { canonicalType, splitType } from './change-names';
import { assertInflatesWithin } from '../intake/extract/zip';

/**
 * A change as a table (CSV or the first sheet of an XLSX): one row per (new commune, former
 * commune), grouped by the new commune's name. Headers are matched without accents or case.
 */

export type Row = { line: number; cells: string[] };
export type TableCommune = {
  name: string;
  type: string;
  predecessors: { code: string; name: string; district: string | null; partial: boolean; line: number }[];
};

export const HEADERS = ['Tên xã, phường mới', 'Loại', 'Mã xã cũ', 'Tên xã cũ', 'Huyện cũ', 'Một phần'] as const;

const COLUMNS = {
  newName: ['ten xa phuong moi', 'new name', 'ten xa moi', 'ten don vi moi'],
  newType: ['loai', 'new type', 'loai don vi'],
  code: ['ma xa cu', 'predecessor code', 'ma don vi cu'],
  name: ['ten xa cu', 'predecessor name', 'ten don vi cu'],
  district: ['huyen cu', 'predecessor district'],
  partial: ['mot phan', 'partial'],
} as const;
type Column = keyof typeof COLUMNS;

const YES = new Set(['x', 'co', 'true', '1', 'yes']);
const NO = new Set(['', 'khong', 'false', '0', 'no']);

/** Splits CSV text (quotes, doubled quotes, line breaks in quotes); the delimiter is the most frequent of , ; tab in the first lines. */
export function parseCsv(text: string): Row[] {
  const body = text.replace(/^\uFEFF/, '');
  // Counted over the first lines, outside quotes: a title row above the header has few or none.
  const head = body.split(/\r?\n/, 12).join('\n').replace(/"[^"]*"/g, '');
  const delim = [',', ';', '\t'].map((d) => ({ d, n: head.split(d).length })).sort((a, b) => b.n - a.n)[0]?.d ?? ',';
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delim) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      cells.push(cell);
      rows.push({ line: start, cells });
      cells = [];
      cell = '';
      line += 1;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) rows.push({ line: start, cells: [...cells, cell] });
  return rows;
}

/** Most bytes an uploaded workbook may inflate to (a real change of 5,000 communes is a few MB). */
const XLSX_MAX_INFLATED = 64 * 1024 * 1024;

/** The first worksheet's rows, numbered as Excel numbers them. */
export async function readXlsx(bytes: Buffer): Promise<Row[]> {
  // exceljs inflates without a limit: a crafted 5 MB file could expand to gigabytes first.
  assertInflatesWithin(bytes, XLSX_MAX_INFLATED);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: Row[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(row.getCell(c).text ?? '');
    rows.push({ line: n, cells });
  });
  return rows;
}

/** Rows → communes, or the list of what is wrong, each naming its row ("Dòng 12: …"). */
export function communesFromRows(rows: Row[]): { communes: TableCommune[]; errors: string[] } {
  const errors: string[] = [];
  const clean = rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.normalize('NFC').trim()) })).filter((r) => r.cells.some((c) => c !== ''));
  // The header may sit below a title row or two.
  let col: Partial<Record<Column, number>> = {};
  const headerAt = clean.slice(0, 10).findIndex((r) => {
    col = {};
    r.cells.forEach((c, i) => {
      const f = fold(c);
      const key = (Object.keys(COLUMNS) as Column[]).find((k) => (COLUMNS[k] as readonly string[]).includes(f));
      if (key && col[key] == null) col[key] = i;
    });
    return col.newName != null && col.code != null && col.name != null;
  });
  if (headerAt < 0) {
    return { communes: [], errors: ['Không tìm thấy dòng tiêu đề: cần các cột «Tên xã, phường mới», «Mã xã cũ», «Tên xã cũ» (xem tệp mẫu)'] };
  }
  const get = (r: { cells: string[] }, k: Column) => (col[k] != null ? (r.cells[col[k] as number] ?? '') : '');
  const byName = new Map<string, TableCommune & { typeLine: number }>();
  for (const r of clean.slice(headerAt + 1)) {
    const at = `Dòng ${r.line}`;
    const newName = get(r, 'newName');
    let code = get(r, 'code').replace(/\s+/g, '');
    const name = get(r, 'name');
    const partialRaw = fold(get(r, 'partial'));
    const rowErrors: string[] = [];
    if (!newName) rowErrors.push(`${at}: thiếu tên xã, phường mới`);
    // A spreadsheet drops the leading zero of "06040".
    if (/^\d{4}$/.test(code)) code = `0${code}`;
    if (!code) rowErrors.push(`${at}: thiếu mã xã cũ`);
    else if (!/^\d{5}$/.test(code)) rowErrors.push(`${at}: mã xã cũ phải gồm 5 chữ số (đang là «${get(r, 'code')}»)`);
    if (!name) rowErrors.push(`${at}: thiếu tên xã cũ`);
    if (!YES.has(partialRaw) && !NO.has(partialRaw)) rowErrors.push(`${at}: cột «Một phần» chỉ nhận x, có, true, 1 hoặc để trống (đang là «${get(r, 'partial')}»)`);
    const typeCell = get(r, 'newType');
    const type = typeCell ? canonicalType(typeCell) : splitType(newName).type;
    if (newName && !type) rowErrors.push(`${at}: thiếu loại (Xã hoặc Phường)`);
    errors.push(...rowErrors);
    if (rowErrors.length || !type) continue;
    const key = fold(newName);
    const c = byName.get(key) ?? { name: newName, type, predecessors: [], typeLine: r.line };
    if (fold(c.type) !== fold(type)) {
      errors.push(`${at}: loại «${type}» khác với dòng ${c.typeLine} của cùng «${c.name}» («${c.type}»)`);
      continue;
    }
    c.predecessors.push({ code, name, district: get(r, 'district') || null, partial: YES.has(partialRaw), line: r.line });
    byName.set(key, c);
  }
  if (byName.size === 0 && errors.length === 0) errors.push('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề');
  return { communes: [...byName.values()].map(({ typeLine: _t, ...c }) => c), errors };
}

/** The template admins fill in: the header and two rows from the 2025 reform (one commune split in two). */
export function templateCsv(): string {
  const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = [
    [...HEADERS],
    ['xã Thất Khê', 'Xã', '06034', 'Xã Chi Lăng', 'Huyện Tràng Định', ''],
    ['xã Kiên Mộc', 'Xã', '06625', 'Xã Kiên Mộc', 'Huyện Đình Lập', 'x'],
  ];
  return `\uFEFF${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}
