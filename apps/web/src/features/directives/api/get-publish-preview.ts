import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublishPreview } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './keys';

export const getPublishPreview = (id: number, signal?: AbortSignal) =>
  api<PublishPreview>(`/directives/${id}/preview`, { signal });

export const publishPreviewQueryOptions = (id: number) =>
  queryOptions({
    queryKey: directiveKeys.preview(id),
    queryFn: ({ signal }) => getPublishPreview(id, signal),
    staleTime: 0,
  });

export const usePublishPreview = (id: number) => useQuery(publishPreviewQueryOptions(id));
