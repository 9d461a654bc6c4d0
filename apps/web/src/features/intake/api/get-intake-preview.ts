import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DirectiveInput, PublishPreview } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { intakeKeys } from './keys';

/** The tasks an unsaved draft would create. A POST, but it reads: nothing is stored. */
export const getIntakePreview = (input: DirectiveInput, signal?: AbortSignal) =>
  api<PublishPreview>('/intake/preview', { method: 'POST', body: input, signal });

export const intakePreviewQueryOptions = (input: DirectiveInput) =>
  queryOptions({
    queryKey: intakeKeys.preview(input),
    queryFn: ({ signal }) => getIntakePreview(input, signal),
    // While the next answer is on its way the last one stays on screen, marked as updating.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useIntakePreview = (input: DirectiveInput) => useQuery(intakePreviewQueryOptions(input));
