import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Directive } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './keys';

export const getDirective = (id: number, signal?: AbortSignal) => api<Directive>(`/directives/${id}`, { signal });

export const directiveQueryOptions = (id: number) =>
  queryOptions({ queryKey: directiveKeys.detail(id), queryFn: ({ signal }) => getDirective(id, signal) });

export const useDirective = (id: number) => useQuery(directiveQueryOptions(id));
