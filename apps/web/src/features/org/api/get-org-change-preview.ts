import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgChangeChoices, OrgChangeInput, OrgChangePreview } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { orgKeys } from './keys';

/** What applying the change would do now, with these choices. A POST, but it reads. */
export const getOrgChangePreview = (change: OrgChangeInput, choices: OrgChangeChoices, signal?: AbortSignal) =>
  api<OrgChangePreview>('/org-changes/preview', { method: 'POST', body: { change, choices }, signal });

export const orgChangePreviewQueryOptions = (run: number, change: OrgChangeInput, choices: OrgChangeChoices) =>
  queryOptions({
    queryKey: orgKeys.preview(run, choices),
    queryFn: ({ signal }) => getOrgChangePreview(change, choices, signal),
    // The last plan stays on screen, marked as updating, while the next one is computed.
    placeholderData: keepPreviousData,
    // The directory may change under the preview (another admin): the token catches it on apply.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });

export const useOrgChangePreview = (run: number, change: OrgChangeInput, choices: OrgChangeChoices) =>
  useQuery(orgChangePreviewQueryOptions(run, change, choices));
