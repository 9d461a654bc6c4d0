import { useMutation } from '@tanstack/react-query';
import type { ManualReminder, ManualReminderResult } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';

/** A staff member's own đôn đốc: every person of each unit concerned is notified (and emailed if they take it). */
export const sendReminder = (body: ManualReminder) => api<ManualReminderResult>('/reminders', { method: 'POST', body });

export const useSendReminder = () => useMutation({ mutationFn: sendReminder });
