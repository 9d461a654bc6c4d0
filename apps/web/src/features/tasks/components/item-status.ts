import type { ItemStatus } from '@dondoc/schemas';
import type { MessageKey } from '../../../i18n/vi';

export const itemStatusLabel: Record<ItemStatus, MessageKey> = {
  not_started: 'itemStatus.not_started',
  in_progress: 'itemStatus.in_progress',
  done: 'itemStatus.done',
  not_applicable: 'itemStatus.not_applicable',
};

export const itemStatusOptions = Object.keys(itemStatusLabel) as ItemStatus[];
