/** File names of exports (Vietnamese, as people save them) and how they travel in HTTP headers. */
import type { ExportFormat } from '@dondoc/schemas';

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

/** Characters no file system accepts, and control characters, out; spaces tidied. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001F]+/g, '-').replace(/\s+/g, ' ').trim();
  return clean.slice(0, 180) || 'tep-xuat';
}

/** "Kết quả theo đơn vị năm 2020.xlsx" → "Ket qua theo don vi nam 2020.xlsx" for clients that only read filename=. */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._()-]/g, '_');
}

/** RFC 5987 ext-value: UTF-8, every byte outside attr-char percent-encoded (encodeURIComponent leaves ' ( ) * !). */
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  return `${disposition}; filename="${asciiFileName(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

const ddmmyyyy = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

/** " năm 2020", " từ 01-03-2021 đến 31-05-2021", "" for all time. */
export function periodLabel(p: { from?: string | undefined; to?: string | undefined }): string {
  if (p.from && p.to && p.from.slice(0, 4) === p.to.slice(0, 4) && p.from.endsWith('-01-01') && p.to.endsWith('-12-31')) return ` năm ${p.from.slice(0, 4)}`;
  if (p.from && p.to) return ` từ ${ddmmyyyy(p.from)} đến ${ddmmyyyy(p.to)}`;
  if (p.from) return ` từ ${ddmmyyyy(p.from)}`;
  if (p.to) return ` đến ${ddmmyyyy(p.to)}`;
  return '';
}

/** "Báo cáo số 15-BC-STTTT ngày 05-01-2021", "Báo cáo (chưa lấy số) ngày 20-11-2020". */
export function summaryFileName(r: { number: string | null; symbol: string; date: string }, ext: ExportFormat, suffix = ''): string {
  const no = r.number ? `số ${r.number.padStart(2, '0')}-${r.symbol.replace(/\//g, '-')}` : '(chưa lấy số)';
  return safeFileName(`Báo cáo ${no} ngày ${ddmmyyyy(r.date)}${suffix}.${ext}`);
}
