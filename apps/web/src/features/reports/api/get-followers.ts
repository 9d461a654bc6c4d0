import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FollowerList } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** Department staff a request may name as the one following it up. */
export const getFollowers = (signal?: AbortSignal) => api<FollowerList>('/report-requests/followers', { signal });

export const followersQueryOptions = () => queryOptions({ queryKey: reportKeys.followers(), queryFn: ({ signal }) => getFollowers(signal), staleTime: 5 * 60_000 });

export const useFollowers = () => useQuery(followersQueryOptions());
