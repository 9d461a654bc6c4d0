import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DirectiveSummary } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './keys';

export const getDirectives = (signal?: AbortSignal) =>
  api<{ items: DirectiveSummary[] }>('/directives', { signal }).then((r) => r.items);

export const directivesQueryOptions = () =>
  queryOptions({ queryKey: directiveKeys.lists(), queryFn: ({ signal }) => getDirectives(signal) });

export const useDirectives = () => useQuery(directivesQueryOptions());
