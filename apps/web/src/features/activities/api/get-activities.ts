import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ActivityForm, ActivityList } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { activityKeys } from './keys';

/** The filters of the unit-wide history, as they stand in the page's address. */
export type ActivityFilters = {
  from?: string | undefined;
  to?: string | undefined;
  form?: ActivityForm | undefined;
  directiveId?: number | undefined;
  includeDeleted?: boolean | undefined;
};

export const getActivities = (filters: ActivityFilters, signal?: AbortSignal) =>
  api<ActivityList>('/activities', {
    query: { ...filters, includeDeleted: filters.includeDeleted ? 'true' : undefined },
    signal,
  });

export const activitiesQueryOptions = (filters: ActivityFilters) =>
  queryOptions({
    queryKey: activityKeys.list(filters),
    queryFn: ({ signal }) => getActivities(filters, signal),
    placeholderData: keepPreviousData,
  });

export const useActivities = (filters: ActivityFilters) => useQuery(activitiesQueryOptions(filters));
