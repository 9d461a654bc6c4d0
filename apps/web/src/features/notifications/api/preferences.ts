import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Preferences, PreferencesUpdate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export const getPreferences = (signal?: AbortSignal) => api<Preferences>('/me/preferences', { signal });
export const savePreferences = (body: PreferencesUpdate) => api<Preferences>('/me/preferences', { method: 'PUT', body });

export const preferencesQueryOptions = () => queryOptions({ queryKey: notificationKeys.preferences(), queryFn: ({ signal }) => getPreferences(signal) });

export const usePreferences = () => useQuery(preferencesQueryOptions());

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: savePreferences, onSuccess: (p) => queryClient.setQueryData(notificationKeys.preferences(), p) });
}
