import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportRequestList, ReportRequestSummary } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export type ReportRequestListFilter = {
  status?: 'draft' | 'open' | 'closed' | undefined;
  directiveId?: number | undefined;
  /** Units: only the reports still to be sent. */
  pending?: boolean | undefined;
};

export const getReportRequests = (filter: ReportRequestListFilter, signal?: AbortSignal) =>
  api<ReportRequestList>('/report-requests', {
    query: { status: filter.status, directiveId: filter.directiveId, pending: filter.pending ? 'true' : undefined },
    signal,
  }).then((r): ReportRequestSummary[] => r.items);

export const reportRequestsQueryOptions = (filter: ReportRequestListFilter = {}) =>
  queryOptions({ queryKey: reportKeys.requestList(filter), queryFn: ({ signal }) => getReportRequests(filter, signal) });

export const useReportRequests = (filter: ReportRequestListFilter = {}) => useQuery(reportRequestsQueryOptions(filter));
