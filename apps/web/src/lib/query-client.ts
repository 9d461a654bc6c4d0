import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** Query key of the signed-in user; shared here so an expired session anywhere can reset it. */
export const meQueryKey = ['auth', 'me'] as const;

export function createQueryClient(): QueryClient {
  // A 401 on any other call means the session ended: forget the user so the login page shows.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401) {
      client.setQueryData(meQueryKey, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // 4xx answers will not change on retry; network blips and 5xx may.
        retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
