import type { OrgChangePreview, OrgChangeSummary } from '@dondoc/schemas';
import type { MessageKey } from '../../../i18n/vi';

export type RetireReason = OrgChangePreview['retired'][number]['reason'];

export const retireReasonLabel: Record<RetireReason, MessageKey> = {
  merged: 'orgChange.reason.merged',
  split: 'orgChange.reason.split',
  district_abolished: 'orgChange.reason.district_abolished',
};

/** The figures an applied change reports, in the order people read them; unknown keys follow as they come. */
const summaryLabels: Record<string, MessageKey> = {
  communes: 'orgChange.figure.communes',
  unitsCreated: 'orgChange.figure.unitsCreated',
  unitsRetired: 'orgChange.figure.unitsRetired',
  tasksMoved: 'orgChange.figure.tasksMoved',
  usersMoved: 'orgChange.figure.usersMoved',
  usersDeactivated: 'orgChange.figure.usersDeactivated',
  events: 'orgChange.figure.events',
};

export function summaryRows(summary: OrgChangeSummary['summary']): { key: string; label: MessageKey | null; value: number }[] {
  const known = Object.keys(summaryLabels).filter((k) => k in summary);
  const rest = Object.keys(summary).filter((k) => !(k in summaryLabels));
  return [...known, ...rest].map((key) => ({ key, label: summaryLabels[key] ?? null, value: summary[key] ?? 0 }));
}
