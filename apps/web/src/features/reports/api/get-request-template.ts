import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportRequestTemplate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** A request prefilled from a directive's report clause: its units, outline per part, the usual figures. */
export const getRequestTemplate = (directiveId: number, signal?: AbortSignal) =>
  api<ReportRequestTemplate>(`/directives/${directiveId}/report-request-template`, { signal });

export const requestTemplateQueryOptions = (directiveId: number) =>
  queryOptions({ queryKey: reportKeys.template(directiveId), queryFn: ({ signal }) => getRequestTemplate(directiveId, signal), staleTime: Infinity });

export const useRequestTemplate = (directiveId: number | undefined) =>
  useQuery({ ...requestTemplateQueryOptions(directiveId ?? 0), enabled: directiveId !== undefined });
