import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity, ActivityCreateInput, ActivityUpdate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { activityKeys } from './keys';

export const createActivity = (taskId: number, body: ActivityCreateInput) =>
  api<Activity>(`/tasks/${taskId}/activities`, { method: 'POST', body });

export const updateActivity = (id: number, body: ActivityUpdate) => api<Activity>(`/activities/${id}`, { method: 'PATCH', body });

export const deleteActivity = (id: number, version: number) =>
  api<void>(`/activities/${id}`, { method: 'DELETE', query: { version } });

export const restoreActivity = (id: number) => api<Activity>(`/activities/${id}/restore`, { method: 'POST' });

/** Every change to an activity moves the task's list and every history view: refetch them all. */
function useInvalidateActivities() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: activityKeys.all });
}

export function useCreateActivity(taskId: number) {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: (body: ActivityCreateInput) => createActivity(taskId, body), onSuccess: invalidate });
}

export function useUpdateActivity(id: number) {
  const invalidate = useInvalidateActivities();
  // Also after a 409: the reload shows what the other person saved.
  return useMutation({ mutationFn: (body: ActivityUpdate) => updateActivity(id, body), onSettled: invalidate });
}

export function useDeleteActivity() {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: ({ id, version }: { id: number; version: number }) => deleteActivity(id, version), onSettled: invalidate });
}

export function useRestoreActivity() {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: (id: number) => restoreActivity(id), onSettled: invalidate });
}
