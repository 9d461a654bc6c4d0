import type { ReportClause } from '@dondoc/schemas';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';

/** "Báo cáo khi có yêu cầu", "Báo cáo trước 30/11/2020 · định kỳ: monthly", or "Không yêu cầu báo cáo". */
export function reportSummary(report: ReportClause): string {
  if (!report.required) return t('report.notRequired');
  const parts = [t('report.required')];
  if (report.onRequest) parts.push(t('report.onRequest'));
  if (report.deadline) parts.push(t('report.deadline', { date: formatDate(report.deadline) }));
  if (report.recurrence) parts.push(t('report.recurrence', { value: recurrenceLabel(report.recurrence) }));
  return parts.join(' · ');
}

const recurrenceKeys = {
  weekly: 'report.recurrence.weekly',
  monthly: 'report.recurrence.monthly',
  quarterly: 'report.recurrence.quarterly',
  'half-yearly': 'report.recurrence.halfYearly',
  yearly: 'report.recurrence.yearly',
} as const;

export const recurrenceOptions = Object.keys(recurrenceKeys) as (keyof typeof recurrenceKeys)[];

export function recurrenceLabel(value: string): string {
  return value in recurrenceKeys ? t(recurrenceKeys[value as keyof typeof recurrenceKeys]) : value;
}
