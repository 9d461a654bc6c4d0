import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgChangeChoices, OrgChangeInput } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { orgKeys } from './keys';

export type AppliedChange = { id: number; summary: Record<string, number> };

export const applyOrgChange = (body: { change: OrgChangeInput; choices: OrgChangeChoices; token: string }) =>
  api<AppliedChange>('/org-changes/apply', { method: 'POST', body });

export function useApplyOrgChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyOrgChange,
    // Units, tasks, users, groups, the dashboard: a reform touches everything on screen. Not the
    // preview, though: it is about to leave the screen, and re-planning an applied change is noise.
    onSuccess: () =>
      void queryClient.invalidateQueries({ predicate: (q) => !(q.queryKey[0] === orgKeys.all[0] && q.queryKey[1] === 'preview') }),
  });
}
