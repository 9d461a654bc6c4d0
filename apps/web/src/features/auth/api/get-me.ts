import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '@dondoc/schemas';
import { api, isApiError } from '../../../lib/api-client';
import { authKeys } from './keys';

/** The signed-in user, or null when there is no session (401). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const { user } = await api<{ user: Me }>('/auth/me', { signal });
    return user;
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });

export const useMe = () => useQuery(meQueryOptions());
