import type { ActivityForm } from '@dondoc/schemas';
import { getLocale, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { formatDate } from '../../../lib/format';

export const formLabel: Record<ActivityForm, MessageKey> = {
  bao_in: 'activityForm.bao_in',
  bao_dien_tu: 'activityForm.bao_dien_tu',
  phat_thanh: 'activityForm.phat_thanh',
  truyen_hinh: 'activityForm.truyen_hinh',
  trang_ttdt: 'activityForm.trang_ttdt',
  mang_xa_hoi: 'activityForm.mang_xa_hoi',
  truyen_thanh_co_so: 'activityForm.truyen_thanh_co_so',
  pano_bang_ron: 'activityForm.pano_bang_ron',
  hoi_nghi: 'activityForm.hoi_nghi',
  sinh_hoat: 'activityForm.sinh_hoat',
  van_nghe: 'activityForm.van_nghe',
  tai_lieu: 'activityForm.tai_lieu',
  khac: 'activityForm.khac',
};

/** In the order the schema lists them (the order of the department's report forms). */
export const formOptions = Object.keys(formLabel) as ActivityForm[];

/** "12.000" in Vietnamese, "12,000" in English; at most two decimals. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(getLocale() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}

/** "20/11/2020" or "20/11/2020 – 28/11/2020". */
export function formatPeriod(from: string, to: string | null): string {
  return to && to !== from ? t('activities.period', { from: formatDate(from), to: formatDate(to) }) : formatDate(from);
}

/** "6 tin/bài; 30 phút phát sóng". */
export function formatQuantities(list: readonly { quantity: number; measure: string }[]): string {
  return list.map((q) => t('activities.quantity', { n: formatNumber(q.quantity), measure: q.measure })).join('; ');
}
