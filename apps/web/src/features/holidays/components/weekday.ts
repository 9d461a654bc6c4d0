import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';

/** 0 = Sunday … 6 = Saturday, of a "YYYY-MM-DD" day. */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
export const weekdayLabel = (date: string) => t(`hol.weekday.${weekdayOf(date)}` as MessageKey);
