import type { ReportFrequency, ReportRequestKind, ReportStatusRow, ReportDetail, ReportRequest } from '@dondoc/schemas';
import { getLocale } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';

type ReportState = ReportStatusRow['state'];
type ReportStatus = ReportDetail['status'];
type RequestStatus = ReportRequest['status'];
type Contents = ReportRequest['contents'];
type FigureType = ReportRequest['fields'][number]['type'];

// Plain lists here rather than the schema package's: a value import from it would pull zod into the bundle.
export const kindLabel: Record<ReportRequestKind, MessageKey> = {
  thematic: 'rr.kind.thematic',
  ad_hoc: 'rr.kind.ad_hoc',
  periodic: 'rr.kind.periodic',
};
export const kindOptions = Object.keys(kindLabel) as ReportRequestKind[];

export const frequencyLabel: Record<ReportFrequency, MessageKey> = {
  monthly: 'rr.frequency.monthly',
  quarterly: 'rr.frequency.quarterly',
  yearly: 'rr.frequency.yearly',
};
export const frequencyOptions = Object.keys(frequencyLabel) as ReportFrequency[];

export const contentsLabel: Record<Contents, MessageKey> = {
  both: 'rr.contents.both',
  text: 'rr.contents.text',
  figures: 'rr.contents.figures',
};
export const contentsOptions = Object.keys(contentsLabel) as Contents[];

export const figureTypeLabel: Record<FigureType, MessageKey> = {
  number: 'rr.fieldType.number',
  text: 'rr.fieldType.text',
  choice: 'rr.fieldType.choice',
};
export const figureTypeOptions = Object.keys(figureTypeLabel) as FigureType[];

export const requestStatusLabel: Record<RequestStatus, MessageKey> = {
  draft: 'rr.status.draft',
  open: 'rr.status.open',
  closed: 'rr.status.closed',
};

/** A unit's report as the unit sees it. */
export const reportStatusLabel: Record<ReportStatus, MessageKey> = {
  draft: 'rep.status.draft',
  submitted: 'rep.status.submitted',
  returned: 'rep.status.returned',
  accepted: 'rep.status.accepted',
};

/** A unit's standing as the department's status table shows it, in the order of the chart. */
export const stateLabel: Record<ReportState, MessageKey> = {
  not_submitted: 'rep.state.not_submitted',
  submitted_on_time: 'rep.state.submitted_on_time',
  submitted_late: 'rep.state.submitted_late',
  returned: 'rep.state.returned',
  accepted: 'rep.state.accepted',
};
export const stateOrder = Object.keys(stateLabel) as ReportState[];

/** "12.000" in Vietnamese, "12,000" in English; at most two decimals. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(getLocale() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}

/** A figure as people read it: numbers grouped, an empty value as a dash. */
export function formatFigure(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'number' ? formatNumber(v) : v;
}
