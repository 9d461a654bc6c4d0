import type { ReportRequestListFilter } from './get-report-requests';

export const reportKeys = {
  all: ['reports'] as const,
  requests: () => [...reportKeys.all, 'requests'] as const,
  requestLists: () => [...reportKeys.requests(), 'list'] as const,
  requestList: (filter: ReportRequestListFilter) => [...reportKeys.requestLists(), filter] as const,
  request: (id: number) => [...reportKeys.requests(), 'detail', id] as const,
  status: (id: number) => [...reportKeys.request(id), 'status'] as const,
  consolidated: (id: number, basis: 'submitted' | 'accepted') => [...reportKeys.request(id), 'consolidated', basis] as const,
  followers: () => [...reportKeys.all, 'followers'] as const,
  template: (directiveId: number) => [...reportKeys.all, 'template', directiveId] as const,
  reports: () => [...reportKeys.all, 'report'] as const,
  report: (id: number) => [...reportKeys.reports(), id] as const,
  versions: (id: number) => [...reportKeys.report(id), 'versions'] as const,
};
