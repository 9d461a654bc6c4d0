import type { Issued } from '@dondoc/schemas';
import { getLocale, t } from '../i18n/t';

// The department works on Vietnam time whatever the browser's zone.
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2020-11-28" → "28/11/2020". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTimeParts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** An instant → "14:05 28/11/2020" in Vietnam time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = partsOf(date);
  return `${p['hour']}:${p['minute']} ${p['day']}/${p['month']}/${p['year']}`;
}

/** Today's calendar date in Vietnam, as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  const p = partsOf(now);
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** Whole days from today to the deadline: negative once it has passed. */
export function daysUntil(deadline: string, now: Date = new Date()): number {
  return Math.round((Date.parse(`${deadline.slice(0, 10)}T00:00:00Z`) - Date.parse(`${todayIso(now)}T00:00:00Z`)) / DAY_MS);
}

/** "còn 3 ngày", "hạn hôm nay", "quá hạn 2 ngày". */
export function deadlineHint(deadline: string, now?: Date): { text: string; overdue: boolean } {
  const days = daysUntil(deadline, now);
  if (days > 0) return { text: t('deadline.daysLeft', { n: days }), overdue: false };
  if (days === 0) return { text: t('deadline.today'), overdue: false };
  return { text: t('deadline.daysOverdue', { n: -days }), overdue: true };
}

/** Issue date as the document states it: "ngày 13 tháng 11 năm 2020", or "tháng 11 năm 2020" with a blank day. */
export function formatIssued(issued: Issued | null | undefined): string {
  if (!issued || (!issued.year && !issued.month && !issued.day)) return '';
  if (issued.year && issued.month && issued.day) return `${pad(issued.day)}/${pad(issued.month)}/${issued.year}`;
  if (issued.year && issued.month) return `${pad(issued.month)}/${issued.year}`;
  return issued.year ? String(issued.year) : '';
}

/** "169/STTTT-TTBCXB"; with a blank number "…/STTTT-TTBCXB" as on the paper. */
export function formatDirectiveNumber(d: { number: string | null; symbol: string | null }): string {
  if (d.number) return d.number;
  if (d.symbol) return `…/${d.symbol}`;
  return t('directive.noNumber');
}

/** A file size as people read it: "850 B", "12 KB", "1,4 MB" (the decimal mark of the UI language). */
export function formatBytes(bytes: number): string {
  const number = new Intl.NumberFormat(getLocale() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number.format(Math.round(bytes / 1024))} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
