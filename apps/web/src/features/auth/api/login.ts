import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { authKeys } from './keys';

export const login = (body: LoginBody) => api<{ user: Me }>('/auth/login', { method: 'POST', body });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      // Whatever was cached belonged to the previous session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.me()[0] });
      queryClient.setQueryData(authKeys.me(), user);
    },
  });
}
